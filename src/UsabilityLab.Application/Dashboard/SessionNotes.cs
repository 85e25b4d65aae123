using UsabilityLab.Core.Errors;
using UsabilityLab.Core.Sessions;
using UsabilityLab.Reporting.Report;
using UsabilityLab.Storage.Moderation;

namespace UsabilityLab.Application.Dashboard;

/// <summary>
/// A note a researcher adds afterwards, on a recorded session's timeline (the dashboard's session page): stored as a
/// moderator's note is, on the session and the task attempt of that moment, so that the report's observations, the
/// timeline and the exports show it like one taken live.
/// </summary>
public sealed class SessionNotes(LabStore store, TimeProvider? time = null)
{
    /// <summary>Adds <paramref name="text"/> at <paramref name="seconds"/> of <paramref name="participant"/>'s session in <paramref name="model"/>'s run.</summary>
    /// <exception cref="InputException">No such participant, a moment outside the session, an empty or too long text, or a severity outside 1–4.</exception>
    public async Task<long> AddAsync(ReportModel model, string participant, double seconds, NoteTag tag, int severity, string text, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(model);
        var trimmed = (text ?? "").Trim();
        if (trimmed.Length == 0 || trimmed.Length > ModeratorNote.MaxTextLength)
        {
            throw new InputException($"a note needs 1–{ModeratorNote.MaxTextLength} characters");
        }

        if (severity is < ModeratorNote.MinSeverity or > ModeratorNote.MaxSeverity)
        {
            throw new InputException($"severity must be {ModeratorNote.MinSeverity}–{ModeratorNote.MaxSeverity}");
        }

        var attempts = model.Run.Attempts.Where(a => a.Participant == participant).ToArray();
        var ids = attempts.Select(a => a.Id).ToHashSet();
        var timeMs = seconds * 1000;
        // Each session's clock starts at 0: the one whose events span the moment, else the participant's first.
        var sessions = model.Run.Events.Where(e => e.AttemptId is { } id && ids.Contains(id))
            .GroupBy(e => e.SessionId)
            .Select(g => (Id: g.Key, First: g.Min(e => e.TimeMs), Last: g.Max(e => e.TimeMs)))
            .OrderBy(s => s.Id)
            .ToArray();
        var session = sessions.FirstOrDefault(s => s.First <= timeMs && timeMs <= s.Last);
        session = session.Id != 0 ? session : sessions.FirstOrDefault();
        if (session.Id == 0 || !(seconds >= 0))
        {
            throw new InputException($"{participant} has no recorded session at {seconds:0.0} s in run {model.Run.RunId}");
        }

        var attempt = attempts.FirstOrDefault(a => a.StartMs <= timeMs && timeMs <= a.EndMs);
        var journal = new ModerationJournal(store.Database, time);
        return await journal.AddNoteAsync(new ModeratorNote(session.Id, attempt?.Id, timeMs, tag, severity, trimmed), ct);
    }
}
