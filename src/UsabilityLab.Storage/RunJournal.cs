using Microsoft.EntityFrameworkCore;
using UsabilityLab.Core.Events;
using UsabilityLab.Core.Sessions;
using UsabilityLab.Core.Studies;
using UsabilityLab.Storage.Ingest;

namespace UsabilityLab.Storage;

/// <summary>The database side of <see cref="IRunJournal"/>: metadata through <see cref="RunWriter"/>, events through an <see cref="EventSink"/>.</summary>
public sealed class RunJournal : IRunJournal, IAsyncDisposable
{
    private readonly LabDatabase _database;
    private readonly RunWriter _writer;
    private readonly EventSink _sink;
    private readonly long _runId;
    private readonly int? _shard;

    private RunJournal(LabDatabase database, long runId, int? shard, EventSink sink, TimeProvider? time)
    {
        _database = database;
        _writer = new RunWriter(database, time);
        _runId = runId;
        _shard = shard;
        _sink = sink;
    }

    /// <summary>The run this journal writes to.</summary>
    public long RunId => _runId;

    /// <summary>Opens a journal for an existing run.</summary>
    /// <param name="database">The database the run is in.</param>
    /// <param name="runId">The run written to.</param>
    /// <param name="time">The clock the journal's times (sessions, backdrops) and its event flushes run on;
    /// <see cref="TimeProvider.System"/> when null.</param>
    /// <param name="cancellationToken">Stops opening the journal.</param>
    public static Task<RunJournal> OpenAsync(LabDatabase database, long runId, TimeProvider? time = null, CancellationToken cancellationToken = default) =>
        OpenAsync(database, runId, null, time, cancellationToken);

    /// <summary>Opens a journal for one shard of a sharded run: the participants it adds are that shard's.</summary>
    /// <param name="database">The database the run is in.</param>
    /// <param name="runId">The run written to.</param>
    /// <param name="shard">The shard recording (its K), or null for a run recorded in one go.</param>
    /// <param name="time">The clock the journal's times and its event flushes run on; <see cref="TimeProvider.System"/> when null.</param>
    /// <param name="cancellationToken">Stops opening the journal.</param>
    public static async Task<RunJournal> OpenAsync(LabDatabase database, long runId, int? shard, TimeProvider? time, CancellationToken cancellationToken) =>
        new(database, runId, shard, await EventSink.StartAsync(database, time, cancellationToken), time);

    /// <inheritdoc />
    public Task<long> EnsureParticipantAsync(string label, string persona, int seed, CancellationToken cancellationToken) =>
        _writer.EnsureParticipantAsync(_runId, label, persona, seed, _shard, cancellationToken);

    /// <inheritdoc />
    public async Task<IReadOnlySet<string>> FinishedTasksAsync(long participantId, CancellationToken cancellationToken)
    {
        await using var db = _database.CreateContext();
        var keys = await db.TaskAttempts
            .Where(a => a.Session!.ParticipantId == participantId && a.Outcome != AttemptOutcome.Interrupted)
            .Select(a => a.TaskKey)
            .ToListAsync(cancellationToken);
        return keys.ToHashSet(StringComparer.Ordinal);
    }

    /// <inheritdoc />
    public Task<long> StartSessionAsync(long participantId, ViewportSize viewport, string? device, CancellationToken cancellationToken) =>
        _writer.StartSessionAsync(_runId, participantId, viewport, device, cancellationToken);

    /// <inheritdoc />
    public Task<long> StartAttemptAsync(long sessionId, string taskId, double startMs, CancellationToken cancellationToken) =>
        _writer.StartAttemptAsync(sessionId, taskId, startMs, cancellationToken);

    /// <inheritdoc />
    public Task FinishAttemptAsync(long attemptId, AttemptRecord result, CancellationToken cancellationToken) =>
        _writer.FinishAttemptAsync(attemptId, result, cancellationToken);

    /// <inheritdoc />
    public Task EndSessionAsync(long sessionId, SessionEnd end, string? reason, CancellationToken cancellationToken) =>
        _writer.EndSessionAsync(sessionId, end switch
        {
            SessionEnd.Completed => SessionStatus.Completed,
            SessionEnd.Interrupted => SessionStatus.Interrupted,
            SessionEnd.HookFailed => SessionStatus.HookFailed,
            _ => SessionStatus.Crashed,
        }, reason, cancellationToken);

    /// <inheritdoc />
    public Task AddAnswersAsync(long participantId, IReadOnlyList<QuestionnaireAnswer> answers, CancellationToken cancellationToken) =>
        _writer.AddAnswersAsync(_runId, participantId, answers, cancellationToken);

    /// <inheritdoc />
    public Task<bool> SaveScreenshotAsync(PageScreenshot snapshot, CancellationToken cancellationToken) =>
        _writer.SaveScreenshotAsync(_runId, snapshot, cancellationToken);

    /// <inheritdoc />
    public Task<bool> SaveArchiveAsync(PageArchive archive, CancellationToken cancellationToken) =>
        _writer.SaveArchiveAsync(_runId, archive, cancellationToken);

    /// <inheritdoc />
    public void Post(RecordedEvent recordedEvent) => _sink.Post(recordedEvent);

    /// <inheritdoc />
    public Task FlushAsync() => _sink.FlushAsync();

    /// <summary>Flushes queued events and closes the writer.</summary>
    public ValueTask DisposeAsync() => _sink.DisposeAsync();
}
