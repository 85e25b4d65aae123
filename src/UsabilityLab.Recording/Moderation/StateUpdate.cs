namespace UsabilityLab.Recording.Moderation;

/// <summary>The session as it stands now (after every command, and every two seconds while times move).</summary>
/// <param name="State">Everything the console shows about the session.</param>
public sealed record StateUpdate(ModerationSnapshot State) : ModerationUpdate;
