using Microsoft.EntityFrameworkCore;
using UsabilityLab.Core.Runs;
using UsabilityLab.Core.Sessions;
using UsabilityLab.Core.Studies.Loading;
using UsabilityLab.Core.Studies;
using UsabilityLab.Storage.Entities;
using UsabilityLab.Storage.Runs;

namespace UsabilityLab.Storage;

/// <summary>
/// Metadata writes of a run through EF Core, each in its own short-lived context so parallel workers never share
/// one. Events do not go through here (see <see cref="Ingest.EventSink"/>).
/// </summary>
/// <param name="database">The database written to.</param>
/// <param name="time">The clock the rows' times are read from (when a study was first stored, a session started and
/// ended, a backdrop was captured, a run ended) and a held run's heartbeats run on; <see cref="TimeProvider.System"/>
/// when null.</param>
public sealed class RunWriter(LabDatabase database, TimeProvider? time = null)
{
    private readonly TimeProvider _time = time ?? TimeProvider.System;

    /// <summary>The reason an attempt carries while it runs (it is stored as interrupted until it ends).</summary>
    public const string InProgress = "in progress";

    /// <summary>Stores the study text (once per hash), the run <paramref name="plan"/> describes and its task definitions; returns the run id.</summary>
    public Task<long> CreateRunAsync(Study study, string sourceText, string sha256, string? sourcePath, RunPlan plan, CancellationToken ct = default) =>
        AddRunAsync(study, sourceText, sha256, sourcePath, Row(plan), ct);

    /// <summary>
    /// As <see cref="CreateRunAsync"/>, for a run this process records: it names this process from its first write (so
    /// no other process takes it for one whose recorder died), and the returned lease keeps saying so until disposed.
    /// </summary>
    public async Task<(long RunId, RunLease Lease)> CreateHeldRunAsync(Study study, string sourceText, string sha256, string? sourcePath, RunPlan plan, CancellationToken ct = default)
    {
        var run = Row(plan);
        RunLease.Stamp(run, _time);
        var runId = await AddRunAsync(study, sourceText, sha256, sourcePath, run, ct);
        return (runId, RunLease.Hold(database, runId, _time));
    }

    private async Task<long> AddRunAsync(Study study, string sourceText, string sha256, string? sourcePath, RunRow run, CancellationToken ct)
    {
        await using var db = database.CreateContext();
        var studyRow = await db.Studies.FirstOrDefaultAsync(s => s.Sha256 == sha256 && s.Name == study.Name, ct)
            ?? db.Studies.Add(new StudyRow { Name = study.Name, SourceText = StudyTextRedaction.Redact(sourceText, study.Capture), Sha256 = sha256, SourcePath = sourcePath, CreatedAt = _time.GetUtcNow() }).Entity;
        run.Study = studyRow;
        foreach (var (task, order) in study.Tasks.Select((t, i) => (t, i)))
        {
            run.Tasks.Add(new TaskDefinitionRow
            {
                TaskKey = task.Id,
                Order = order,
                Title = task.Title,
                Prompt = task.Prompt,
                TimeLimitSeconds = task.TimeLimit.TotalSeconds,
                GoldenPathClicks = task.GoldenPathClicks,
                OptimalPath = string.Join('\n', task.OptimalPath),
            });
        }

        db.Runs.Add(run);
        await db.SaveChangesAsync(ct);
        return run.Id;
    }

    private static RunRow Row(RunPlan plan) => new()
    {
        Status = plan.Status,
        Mode = plan.Mode,
        Target = plan.Target,
        PersonaMode = plan.PersonaMode,
        Seed = plan.Seed,
        Workers = plan.Workers,
        ParticipantsPlanned = plan.ParticipantsPlanned,
        StartedAt = plan.StartedAt,
        EndedAt = plan.EndedAt,
    };

    /// <summary>
    /// Creates the run that every shard given <paramref name="runKey"/> joins, not held by any process (each shard holds
    /// its own); false when the key is taken already (another shard created the run first).
    /// </summary>
    internal async Task<bool> TryAddShardedRunAsync(Study study, string sourceText, string sha256, string? sourcePath, RunPlan plan, string runKey, int shardCount, CancellationToken ct)
    {
        var run = Row(plan);
        run.RunKey = runKey;
        run.ShardCount = shardCount;
        try
        {
            await AddRunAsync(study, sourceText, sha256, sourcePath, run, ct);
            return true;
        }
        catch (DbUpdateException)
        {
            return false; // the unique key: the caller reads the run that won
        }
    }

    /// <summary>Adds a participant to a run, or finds the existing one with that label (resume); returns its id.</summary>
    public Task<long> EnsureParticipantAsync(long runId, string label, string persona, int seed, CancellationToken ct = default) =>
        EnsureParticipantAsync(runId, label, persona, seed, null, ct);

    /// <summary>Adds a participant to a run as one of shard <paramref name="shard"/>'s (null: unsharded), or finds the existing one with that label.</summary>
    public async Task<long> EnsureParticipantAsync(long runId, string label, string persona, int seed, int? shard, CancellationToken ct = default)
    {
        await using var db = database.CreateContext();
        var existing = await db.Participants.FirstOrDefaultAsync(p => p.RunId == runId && p.Label == label, ct);
        if (existing is not null)
        {
            return existing.Id;
        }

        var row = new ParticipantRow { RunId = runId, Label = label, Persona = persona, Seed = seed, Shard = shard };
        db.Participants.Add(row);
        await db.SaveChangesAsync(ct);
        return row.Id;
    }

    /// <summary>Opens a browser session for a participant, on a Playwright <paramref name="device"/> when not null.</summary>
    public async Task<long> StartSessionAsync(long runId, long participantId, ViewportSize viewport, string? device = null, CancellationToken ct = default)
    {
        await using var db = database.CreateContext();
        var row = new SessionRow
        {
            RunId = runId,
            ParticipantId = participantId,
            Status = SessionStatus.Running,
            StartedAt = _time.GetUtcNow(),
            ViewportWidth = viewport.Width,
            ViewportHeight = viewport.Height,
            Device = device,
        };
        db.Sessions.Add(row);
        await db.SaveChangesAsync(ct);
        return row.Id;
    }

    /// <summary>
    /// Records the start of an attempt. It is stored as <see cref="AttemptOutcome.Interrupted"/> until finished, so a
    /// killed process leaves a truthful record that <c>--resume</c> re-runs.
    /// </summary>
    public async Task<long> StartAttemptAsync(long sessionId, string taskKey, double startMs, CancellationToken ct = default)
    {
        await using var db = database.CreateContext();
        var row = new TaskAttemptRow { SessionId = sessionId, TaskKey = taskKey, Outcome = AttemptOutcome.Interrupted, Reason = InProgress, StartMs = startMs, EndMs = startMs };
        db.TaskAttempts.Add(row);
        await db.SaveChangesAsync(ct);
        return row.Id;
    }

    /// <summary>Stores how an attempt ended and its counts.</summary>
    public async Task FinishAttemptAsync(long attemptId, AttemptRecord result, CancellationToken ct = default)
    {
        await using var db = database.CreateContext();
        await db.TaskAttempts.Where(a => a.Id == attemptId).ExecuteUpdateAsync(set => set
            .SetProperty(a => a.Outcome, result.Outcome)
            .SetProperty(a => a.AutomaticOutcome, result.AutomaticOutcome)
            .SetProperty(a => a.Reason, result.Reason)
            .SetProperty(a => a.EndMs, result.EndMs)
            .SetProperty(a => a.Clicks, result.Clicks)
            .SetProperty(a => a.PageVisits, result.PageVisits)
            .SetProperty(a => a.UniquePages, result.UniquePages)
            .SetProperty(a => a.OptimalPages, result.OptimalPages)
            .SetProperty(a => a.Errors, result.Errors)
            .SetProperty(a => a.Seq, result.Seq)
            .SetProperty(a => a.Unrestored, result.Unrestored), ct);
    }

    /// <summary>Closes a session with its final status.</summary>
    public async Task EndSessionAsync(long sessionId, SessionStatus status, string? reason, CancellationToken ct = default)
    {
        var now = _time.GetUtcNow();
        await using var db = database.CreateContext();
        await db.Sessions.Where(s => s.Id == sessionId).ExecuteUpdateAsync(set => set
            .SetProperty(s => s.Status, status)
            .SetProperty(s => s.EndReason, reason)
            .SetProperty(s => s.EndedAt, now), ct);
    }

    /// <summary>Stores questionnaire answers of one participant.</summary>
    public async Task AddAnswersAsync(long runId, long participantId, IEnumerable<QuestionnaireAnswer> answers, CancellationToken ct = default)
    {
        await using var db = database.CreateContext();
        db.QuestionnaireResponses.AddRange(answers.Select(a => new QuestionnaireResponseRow
        {
            RunId = runId,
            ParticipantId = participantId,
            Instrument = a.Instrument,
            TaskKey = a.TaskId,
            Item = a.Item,
            Value = a.Value,
        }));
        await db.SaveChangesAsync(ct);
    }

    /// <summary>Stores a page screenshot of run <paramref name="runId"/> unless the run already has one for that page, width and view; true if stored.</summary>
    public Task<bool> SaveScreenshotAsync(long runId, PageScreenshot snapshot, CancellationToken ct = default) =>
        SaveSnapshotAsync(new PageSnapshotRow
        {
            RunId = runId,
            PageKey = snapshot.PageKey,
            ViewportWidth = snapshot.ViewportWidth,
            Width = snapshot.Width,
            Height = snapshot.Height,
            Title = snapshot.Title,
            Png = snapshot.Image, // the column keeps its first name; it holds PNG or JPEG bytes
            Note = snapshot.Note,
            State = snapshot.State,
            CapturedAt = _time.GetUtcNow(),
        }, ct);

    /// <summary>Stores a page archive of run <paramref name="runId"/>, to be painted later, unless the run already has a picture or archive for that page, width and view; true if stored.</summary>
    public Task<bool> SaveArchiveAsync(long runId, PageArchive archive, CancellationToken ct = default) =>
        SaveSnapshotAsync(new PageSnapshotRow
        {
            RunId = runId,
            PageKey = archive.PageKey,
            ViewportWidth = archive.ViewportWidth,
            ViewportHeight = archive.ViewportHeight,
            Archive = ArchiveCompression.Compress(archive.Mhtml),
            State = archive.State,
            CapturedAt = _time.GetUtcNow(),
        }, ct);

    private async Task<bool> SaveSnapshotAsync(PageSnapshotRow snapshot, CancellationToken ct)
    {
        await using var db = database.CreateContext();
        if (await db.PageSnapshots.AnyAsync(p => p.RunId == snapshot.RunId && p.PageKey == snapshot.PageKey && p.ViewportWidth == snapshot.ViewportWidth && p.State == snapshot.State, ct))
        {
            return false;
        }

        db.PageSnapshots.Add(snapshot);
        try
        {
            await db.SaveChangesAsync(ct);
            return true;
        }
        catch (DbUpdateException)
        {
            // Another worker stored the same page first (unique index); one backdrop per page view is all we want.
            return false;
        }
    }

    /// <summary>Stores the backdrop painted from archive row <paramref name="id"/> and drops the archive.</summary>
    public async Task SavePaintedAsync(long id, PageScreenshot painted, CancellationToken ct = default)
    {
        await using var db = database.CreateContext();
        await db.PageSnapshots.Where(s => s.Id == id).ExecuteUpdateAsync(set => set
            .SetProperty(s => s.Width, painted.Width)
            .SetProperty(s => s.Height, painted.Height)
            .SetProperty(s => s.Title, painted.Title)
            .SetProperty(s => s.Png, painted.Image)
            .SetProperty(s => s.Note, painted.Note)
            .SetProperty(s => s.Archive, (byte[]?)null), ct);
    }

    /// <summary>Sets the run's final status.</summary>
    public async Task FinishRunAsync(long runId, RunStatus status, CancellationToken ct = default)
    {
        var now = _time.GetUtcNow();
        await using var db = database.CreateContext();
        await db.Runs.Where(r => r.Id == runId).ExecuteUpdateAsync(set => set
            .SetProperty(r => r.Status, status)
            .SetProperty(r => r.LeaseOwner, (string?)null)
            .SetProperty(r => r.EndedAt, now), ct);
    }
}
