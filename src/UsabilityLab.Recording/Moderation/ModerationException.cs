namespace UsabilityLab.Recording.Moderation;

/// <summary>A moderator command that does not fit the session's current state (shown to the moderator as is).</summary>
public sealed class ModerationException : Exception
{
    /// <summary>Creates the exception with a message for the moderator.</summary>
    public ModerationException(string message) : base(message) { }

    /// <summary>For serializers and analyzers.</summary>
    public ModerationException() { }

    /// <summary>Creates the exception with a message and a cause.</summary>
    public ModerationException(string message, Exception inner) : base(message, inner) { }
}
