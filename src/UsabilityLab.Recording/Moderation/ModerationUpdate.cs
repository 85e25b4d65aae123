namespace UsabilityLab.Recording.Moderation;

/// <summary>
/// News from a moderated session for whoever follows it (the moderator console, observers): the session publishes,
/// and a web host turns each update into what its pages read. Three kinds: <see cref="StateUpdate"/>,
/// <see cref="FeedUpdate"/> and <see cref="FrameUpdate"/>.
/// </summary>
public abstract record ModerationUpdate;
