namespace UsabilityLab.Core.Sessions;

/// <summary>What a moderator's note records.</summary>
public enum NoteTag
{
    /// <summary>A usability problem the participant ran into.</summary>
    Issue,

    /// <summary>Something the participant said, worth quoting.</summary>
    Quote,

    /// <summary>Something that worked well.</summary>
    Positive,

    /// <summary>An idea for an improvement.</summary>
    Idea,
}
