namespace UsabilityLab.Recording.Moderation.Remote;

/// <summary>How one allowed key is sent to Chromium: its DOM <c>code</c>, its Windows virtual key code and the text it types, if any.</summary>
internal sealed record RemoteKey(string Code, int KeyCode, string? Text);
