namespace UsabilityLab.Core.Sessions;

/// <summary>
/// A moderator's note, placed on the session's event timeline at the moment the moderator started writing it
/// (the hotkey press), so it lines up with the clicks and screen frames of that moment.
/// </summary>
/// <param name="SessionId">Session whose timeline the note is on.</param>
/// <param name="AttemptId">Task attempt running at that moment, if any.</param>
/// <param name="TimeMs">Session time of the note in milliseconds (same clock as <see cref="Events.RecordedEvent.TimeMs"/>).</param>
/// <param name="Tag">What kind of observation it is.</param>
/// <param name="Severity">1 cosmetic, 2 minor, 3 major, 4 critical (Nielsen's severity ratings without the 0).</param>
/// <param name="Text">The note itself.</param>
public sealed record ModeratorNote(long SessionId, long? AttemptId, double TimeMs, NoteTag Tag, int Severity, string Text)
{
    /// <summary>Lowest severity (cosmetic).</summary>
    public const int MinSeverity = 1;

    /// <summary>Highest severity (critical).</summary>
    public const int MaxSeverity = 4;

    /// <summary>Longest note text kept; a note is an observation, not a transcript.</summary>
    public const int MaxTextLength = 2_000;

    /// <summary>Database id (0 until stored).</summary>
    public long Id { get; init; }

    /// <summary>The tag as stored and shown: <c>issue</c>, <c>quote</c>, <c>positive</c>, <c>idea</c>.</summary>
    public static string TagName(NoteTag tag) => tag.ToString().ToLowerInvariant();

    /// <summary>Parses a tag name (case-insensitive); false for anything else.</summary>
    public static bool TryParseTag(string? name, out NoteTag tag) =>
        Enum.TryParse(name, ignoreCase: true, out tag) && Enum.IsDefined(tag) && !int.TryParse(name, out _);
}
