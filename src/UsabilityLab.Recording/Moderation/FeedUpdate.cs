namespace UsabilityLab.Recording.Moderation;

/// <summary>A new line of the live feed: what the participant did, a signal, a note, a task boundary.</summary>
/// <param name="Item">The line.</param>
public sealed record FeedUpdate(FeedItem Item) : ModerationUpdate;
