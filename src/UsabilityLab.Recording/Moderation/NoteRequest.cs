namespace UsabilityLab.Recording.Moderation;

/// <summary>A note as the moderator sends it.</summary>
/// <param name="WallMs">Wall clock (Unix ms) of the moment the note is about (the hotkey press); null means now.</param>
/// <param name="Tag">issue, quote, positive or idea.</param>
/// <param name="Severity">1–4.</param>
/// <param name="Text">The note.</param>
public sealed record NoteRequest(double? WallMs, Core.Sessions.NoteTag Tag, int Severity, string Text);
