namespace UsabilityLab.Recording.Moderation;

/// <summary>One line of the moderator's live feed.</summary>
/// <param name="SessionId">Session whose timeline <paramref name="TimeMs"/> is on.</param>
/// <param name="TimeMs">Session time.</param>
/// <param name="Kind"><c>click</c>, <c>nav</c>, <c>input</c>, <c>error</c>, <c>signal</c>, <c>note</c>, <c>task</c>, <c>system</c> or <c>warn</c>.</param>
/// <param name="Text">What happened, in words.</param>
/// <param name="Detail">The element's selector, the URL or the error, when there is one.</param>
public sealed record FeedItem(long SessionId, double TimeMs, string Kind, string Text, string? Detail);
