using System.Text.Json.Serialization;

namespace UsabilityLab.Recording.Moderation.Remote;

/// <summary>What the participant page shows around the stream: whether the lab's browser runs, and its tabs.</summary>
/// <param name="Status">The session's state; <c>browser-lost</c> makes the page offer to continue in a new browser.</param>
/// <param name="Tabs">The browser's open tabs, oldest first (none while no browser runs).</param>
public sealed record RemoteBrowserState(
    [property: JsonPropertyName("status")] ModerationStatus Status,
    [property: JsonPropertyName("tabs")] IReadOnlyList<BrowserTab> Tabs);
