using UsabilityLab.Core.Sessions;

namespace UsabilityLab.Recording.Moderation;

/// <summary>
/// The moderator's notes: each is placed on the current session's timeline at the wall-clock moment the moderator's
/// browser reported (same machine, same clock), mapped through the session's clock like page events, and tied to the
/// attempt running at that moment.
/// </summary>
internal sealed class NoteTaker(IModerationJournal moderation, ModerationUpdates updates)
{
    /// <summary>The note's text as it will be stored.</summary>
    /// <exception cref="ModerationException">Severity outside 1–4, or an empty note.</exception>
    public static string Checked(NoteRequest note)
    {
        ArgumentNullException.ThrowIfNull(note);
        var text = note.Text.Trim();
        if (text.Length == 0)
        {
            throw new ModerationException("the note is empty");
        }

        if (note.Severity is < ModeratorNote.MinSeverity or > ModeratorNote.MaxSeverity)
        {
            throw new ModerationException($"severity must be {ModeratorNote.MinSeverity}–{ModeratorNote.MaxSeverity}");
        }

        return text.Length <= ModeratorNote.MaxTextLength ? text : text[..ModeratorNote.MaxTextLength];
    }

    /// <summary>
    /// Stores a checked note on the leg's timeline, tied to the attempt <c>attemptAt(session, time)</c> names; returns
    /// its id.
    /// </summary>
    public async Task<long> AddAsync(NoteRequest note, string text, ParticipantLeg leg, Func<long, double, long?> attemptAt)
    {
        var timeMs = leg.Clock.OnTimeline(note.WallMs);
        var stored = new ModeratorNote(leg.SessionId, attemptAt(leg.SessionId, timeMs), timeMs, note.Tag, note.Severity, text);
        var id = await moderation.AddNoteAsync(stored, CancellationToken.None);
        updates.Publish(new FeedUpdate(new FeedItem(leg.SessionId, timeMs, "note", $"{ModeratorNote.TagName(note.Tag)} · severity {note.Severity}: {stored.Text}", null)));
        return id;
    }
}
