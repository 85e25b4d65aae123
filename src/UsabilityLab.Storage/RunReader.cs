using Microsoft.EntityFrameworkCore;
using UsabilityLab.Core.Events;
using UsabilityLab.Core.Runs;
using UsabilityLab.Core.Sessions;
using UsabilityLab.Core.Studies.Loading;
using UsabilityLab.Core.Studies;
using UsabilityLab.Storage.Entities;
using UsabilityLab.Storage.Reading;

namespace UsabilityLab.Storage;

/// <summary>Reads a run back as domain records for analysis and reports.</summary>
public sealed class RunReader(LabDatabase database)
{
    /// <summary>Loads run <paramref name="runId"/>; events only when <paramref name="includeEvents"/>.</summary>
    public async Task<RunData> LoadAsync(long runId, bool includeEvents = true, CancellationToken ct = default)
    {
        await using var db = database.CreateContext();
        var run = await db.Runs.AsNoTracking().Include(r => r.Study).SingleAsync(r => r.Id == runId, ct);
        var tasks = await db.TaskDefinitions.AsNoTracking().Where(t => t.RunId == runId).OrderBy(t => t.Order).ToListAsync(ct);
        // Ordered here, not by the database: a PostgreSQL database's collation may sort "bob" before "Carol"; SQLite and
        // this sort by code point, so both stores list participants alike.
        var participants = (await db.Participants.AsNoTracking().Where(p => p.RunId == runId).Include(p => p.Sessions).ToListAsync(ct))
            .OrderBy(p => p.Label, StringComparer.Ordinal)
            .ToList();
        var labels = participants.ToDictionary(p => p.Id, p => p.Label);
        var sessions = participants.SelectMany(p => p.Sessions.Select(s => (s.Id, p.Label, s.Device))).ToDictionary(x => x.Id);
        // Time on task excludes the spans a moderator paused the clock for; the timeline itself is never shifted.
        var paused = await new Moderation.ModerationReader(database).PausedMsByAttemptAsync(runId, ct);
        var attempts = (await db.TaskAttempts.AsNoTracking().Where(a => a.Session!.RunId == runId).OrderBy(a => a.Id).ToListAsync(ct))
            .Select(a => WithoutPauses(ToRecord(a, sessions[a.SessionId].Label) with { Device = sessions[a.SessionId].Device }, paused))
            .ToList();
        var answers = (await db.QuestionnaireResponses.AsNoTracking().Where(q => q.RunId == runId).OrderBy(q => q.Id).ToListAsync(ct))
            .Select(q => new QuestionnaireAnswer(labels[q.ParticipantId], q.Instrument, q.TaskKey, q.Item, q.Value))
            .ToList();
        var events = includeEvents ? await LoadEventsAsync(runId, ct) : [];
        return new RunData(Stored(run), run.Study!.Name, ReparseStudy(run.Study, run), [.. tasks.Select(Stored)], Summaries(participants), attempts, events, answers);
    }

    /// <summary>The run's events in session, time, id order, through the store's fast reader rather than EF Core (see <see cref="EventReader"/>).</summary>
    private Task<IReadOnlyList<RecordedEvent>> LoadEventsAsync(long runId, CancellationToken ct) =>
        database.Provider.ReadRunEventsAsync(runId, ct);

    /// <summary>
    /// The run's events through EF Core, in the same order: the loader before <see cref="EventReader"/>, kept as the
    /// reference that reader is tested and benchmarked against.
    /// </summary>
    internal static Task<List<RecordedEvent>> LoadEventsWithEfCoreAsync(LabDatabase database, long runId, CancellationToken ct = default) =>
        LoadEventsWithEfCoreAsync(database.Provider, runId, ct);

    /// <summary>As <see cref="LoadEventsWithEfCoreAsync(LabDatabase, long, CancellationToken)"/>, on a store not opened as a <see cref="LabDatabase"/> yet.</summary>
    internal static async Task<List<RecordedEvent>> LoadEventsWithEfCoreAsync(Providers.StoreProvider store, long runId, CancellationToken ct = default)
    {
        await using var db = store.CreateContext();
        var sessionIds = db.Sessions.Where(s => s.RunId == runId).Select(s => s.Id);
        var rows = await db.Events.AsNoTracking().Where(e => sessionIds.Contains(e.SessionId)).OrderBy(e => e.SessionId).ThenBy(e => e.TimeMs).ThenBy(e => e.Id).ToListAsync(ct);
        return rows.Select(ToEvent).ToList();
    }

    /// <summary>
    /// The stored study text is re-read for gates, optimal paths and step targets, as it was recorded: against the
    /// run's own target, not today's environment (the demo site's port was random; a CI machine's variables differ).
    /// </summary>
    private static Study? ReparseStudy(StudyRow row, RunRow run) =>
        row.SourceText.Length == 0 || !Uri.TryCreate(run.Target, UriKind.Absolute, out var target)
            ? null
            : StudyLoader.ParseRecorded(row.SourceText, row.SourcePath ?? row.Name, target).Study;

    internal static StoredRun Stored(RunRow r) =>
        new(r.Id, r.Status, r.Mode, r.Target, r.PersonaMode, r.Seed, r.ParticipantsPlanned, r.StartedAt, r.EndedAt, r.BrowserVersion, r.EndReason);

    private static StoredTask Stored(TaskDefinitionRow t) =>
        new(t.TaskKey, t.Title, t.Prompt, t.TimeLimitSeconds, t.GoldenPathClicks, t.OptimalPath.Split('\n', StringSplitOptions.RemoveEmptyEntries));

    private static List<ParticipantSummary> Summaries(IEnumerable<ParticipantRow> participants) =>
        participants.Select(p =>
        {
            var last = p.Sessions.OrderBy(s => s.Id).LastOrDefault();
            return new ParticipantSummary(p.Label, p.Persona, p.Sessions.Count, last?.Status.ToString() ?? "NotStarted", last?.EndReason, last?.Device);
        }).ToList();

    private static AttemptRecord WithoutPauses(AttemptRecord record, IReadOnlyDictionary<long, double> pausedMs) =>
        pausedMs.TryGetValue(record.Id, out var ms) ? record with { TimeSeconds = Math.Max(0, record.TimeSeconds - (ms / 1000)) } : record;

    internal static AttemptRecord ToRecord(TaskAttemptRow a, string participant) => new()
    {
        Id = a.Id,
        Participant = participant,
        TaskId = a.TaskKey,
        Outcome = a.Outcome,
        AutomaticOutcome = a.AutomaticOutcome,
        Reason = a.Reason,
        TimeSeconds = (a.EndMs - a.StartMs) / 1000,
        Clicks = a.Clicks,
        PageVisits = a.PageVisits,
        UniquePages = a.UniquePages,
        OptimalPages = a.OptimalPages,
        Errors = a.Errors,
        Seq = a.Seq,
        StartMs = a.StartMs,
        EndMs = a.EndMs,
        Unrestored = a.Unrestored,
    };

    /// <summary>An EF-materialised row as a domain event.</summary>
    internal static RecordedEvent ToEvent(EventRow e) => new()
    {
        Id = e.Id,
        SessionId = e.SessionId,
        AttemptId = e.AttemptId,
        Kind = e.Kind,
        TimeMs = e.TimeMs,
        Url = e.Url,
        X = e.X,
        Y = e.Y,
        ViewportX = e.ViewportX,
        ViewportY = e.ViewportY,
        ScrollX = e.ScrollX,
        ScrollY = e.ScrollY,
        Selector = e.Selector,
        Tag = e.Tag,
        Text = e.Text,
        Interactive = e.Interactive,
        Button = e.Button,
        BoxX = e.BoxX,
        BoxY = e.BoxY,
        BoxWidth = e.BoxWidth,
        BoxHeight = e.BoxHeight,
        Value = e.Value,
        Detail = e.Detail,
        ViewportWidth = e.ViewportWidth,
    };
}
