using System.Collections.Concurrent;
using UsabilityLab.Core.Events;
using UsabilityLab.Core.Sessions;
using UsabilityLab.Core.Studies;
using UsabilityLab.Recording.Runner;

namespace UsabilityLab.Recording.Tests.Support;

/// <summary>An in-memory run journal: what the runner would have written to the database.</summary>
internal sealed class MemoryJournal : IRunJournal
{
    private long _nextId;

    public ConcurrentQueue<RecordedEvent> Events { get; } = new();

    public ConcurrentDictionary<long, AttemptRecord> Attempts { get; } = new();

    public ConcurrentDictionary<long, SessionEnd> Sessions { get; } = new();

    /// <summary>Why each session ended, when it ended early.</summary>
    public ConcurrentDictionary<long, string?> EndReasons { get; } = new();

    public ConcurrentQueue<QuestionnaireAnswer> Answers { get; } = new();

    public ConcurrentQueue<PageScreenshot> Snapshots { get; } = new();

    public ConcurrentQueue<PageArchive> Archives { get; } = new();

    public Task<long> EnsureParticipantAsync(string label, string persona, int seed, CancellationToken cancellationToken) => Task.FromResult(Next());

    /// <summary>Tasks every participant finished before (as a resumed run's journal says).</summary>
    public HashSet<string> Finished { get; } = [];

    public Task<IReadOnlySet<string>> FinishedTasksAsync(long participantId, CancellationToken cancellationToken) => Task.FromResult<IReadOnlySet<string>>(Finished);

    /// <summary>The device each session ran on (null: the desktop browser), by session id.</summary>
    public ConcurrentDictionary<long, string?> Devices { get; } = new();

    public Task<long> StartSessionAsync(long participantId, ViewportSize viewport, string? device, CancellationToken cancellationToken)
    {
        var id = Next();
        Devices[id] = device;
        return Task.FromResult(id);
    }

    public Task<long> StartAttemptAsync(long sessionId, string taskId, double startMs, CancellationToken cancellationToken) => Task.FromResult(Next());

    public Task FinishAttemptAsync(long attemptId, AttemptRecord result, CancellationToken cancellationToken)
    {
        Attempts[attemptId] = result;
        return Task.CompletedTask;
    }

    public Task EndSessionAsync(long sessionId, SessionEnd end, string? reason, CancellationToken cancellationToken)
    {
        Sessions[sessionId] = end;
        EndReasons[sessionId] = reason;
        return Task.CompletedTask;
    }

    public Task AddAnswersAsync(long participantId, IReadOnlyList<QuestionnaireAnswer> answers, CancellationToken cancellationToken)
    {
        foreach (var answer in answers)
        {
            Answers.Enqueue(answer);
        }

        return Task.CompletedTask;
    }

    public Task<bool> SaveScreenshotAsync(PageScreenshot snapshot, CancellationToken cancellationToken)
    {
        Snapshots.Enqueue(snapshot);
        return Task.FromResult(true);
    }

    public Task<bool> SaveArchiveAsync(PageArchive archive, CancellationToken cancellationToken)
    {
        Archives.Enqueue(archive);
        return Task.FromResult(true);
    }

    /// <summary>Paints the stored archives into <see cref="Snapshots"/>, as a report does for a stored run.</summary>
    public async Task PaintArchivesAsync(Microsoft.Playwright.IBrowser browser)
    {
        var failures = await BackdropPainter.PaintAsync(browser, [.. Archives], (_, painted) =>
        {
            Snapshots.Enqueue(painted);
            return Task.CompletedTask;
        }, timeoutMs: 30_000);
        Assert.Empty(failures);
    }

    public void Post(RecordedEvent recordedEvent) => Events.Enqueue(recordedEvent);

    public Task FlushAsync() => Task.CompletedTask;

    private long Next() => Interlocked.Increment(ref _nextId);
}
