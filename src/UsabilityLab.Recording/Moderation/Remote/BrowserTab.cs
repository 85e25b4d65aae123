namespace UsabilityLab.Recording.Moderation.Remote;

/// <summary>One tab of the streamed browser, as the participant page's tab strip shows it.</summary>
/// <param name="Id">The tab's number in this browser (1 for the first tab; popups count on).</param>
/// <param name="Title">The page's title, or its address while it has none.</param>
/// <param name="Active">Whether the stream shows this tab (and input goes to it).</param>
/// <param name="Closable">Whether the participant may close it: every tab but the first, which holds the study.</param>
public sealed record BrowserTab(int Id, string Title, bool Active, bool Closable);
