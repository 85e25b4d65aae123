using UsabilityLab.Browser;
using UsabilityLab.Core.Sessions;
using UsabilityLab.Reporting.Report;
using UsabilityLab.Storage;
using UsabilityLab.Storage.Moderation;

namespace UsabilityLab.Application.Reports;

/// <summary>Reads a stored run into Reporting's <see cref="ReportRun"/> (Reporting does not depend on Storage).</summary>
public static class ReportSources
{
    /// <summary>Loads run <paramref name="runOrStudy"/> (id, or study name for its latest run) with events and screenshots.</summary>
    public static async Task<ReportRun> LoadAsync(LabStore store, string runOrStudy, CancellationToken ct, INotices? notices = null)
    {
        var database = store.Database;
        var row = await new RunCatalog(database).ResolveAsync(runOrStudy, ct);
        return await LoadAsync(store, row.Id, ct, notices);
    }

    /// <summary>
    /// Loads run <paramref name="runId"/> with events and screenshots, painting the screenshots first when the run
    /// stored only its pages' archives (see <see cref="BackdropPainting"/>).
    /// </summary>
    public static async Task<ReportRun> LoadAsync(LabStore store, long runId, CancellationToken ct, INotices? notices = null, BrowserConfig? browserConfig = null)
    {
        var database = store.Database;
        await BackdropPainting.PaintAsync(database, runId, notices, browserConfig, ct);
        var data = await new RunReader(database).LoadAsync(runId, includeEvents: true, ct);
        var snapshots = await new ScreenshotReader(database).LoadAsync(runId, ct);
        return new ReportRun
        {
            RunId = data.Run.Id,
            StudyName = data.StudyName,
            Study = data.Study,
            Target = data.Run.Target,
            Mode = data.Run.Mode.ToString(),
            PersonaMode = data.Run.PersonaMode,
            Status = data.Run.StatusText, // "incomplete (shards 2, 4 of 4 not finished)" says what a reader is missing
            StartedAt = data.Run.StartedAt,
            EndedAt = data.Run.EndedAt,
            BrowserVersion = data.Run.BrowserVersion,
            Tasks = data.Tasks,
            Participants = data.Participants,
            Attempts = data.Attempts,
            Events = data.Events,
            Answers = data.Answers,
            Snapshots = snapshots,
            Observations = await ObservationsAsync(database, runId, data.Attempts, ct),
        };
    }

    /// <summary>Moderator notes with the task they belong to and the screen frame of their moment.</summary>
    private static async Task<IReadOnlyList<ReportObservation>> ObservationsAsync(LabDatabase database, long runId, IReadOnlyList<AttemptRecord> attempts, CancellationToken ct)
    {
        var reader = new ModerationReader(database);
        var notes = await reader.NotesAsync(runId, ct);
        if (notes.Count == 0)
        {
            return [];
        }

        var participants = (await reader.SessionsAsync(runId, ct)).ToDictionary(s => s.SessionId, s => s.Participant);
        var attemptById = attempts.ToDictionary(a => a.Id);
        var observations = new List<ReportObservation>();
        foreach (var note in notes)
        {
            var attempt = note.AttemptId is { } id && attemptById.TryGetValue(id, out var a) ? a : null;
            var frame = await reader.FrameAtAsync(note.SessionId, note.TimeMs, ct);
            observations.Add(new ReportObservation(
                attempt?.TaskId,
                participants.GetValueOrDefault(note.SessionId) ?? "?",
                (note.TimeMs - (attempt?.StartMs ?? 0)) / 1000,
                ModeratorNote.TagName(note.Tag),
                note.Severity,
                note.Text,
                frame?.Jpeg));
        }

        return observations;
    }
}
