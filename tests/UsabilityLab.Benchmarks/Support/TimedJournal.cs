using System.Diagnostics;
using UsabilityLab.Core.Events;
using UsabilityLab.Core.Sessions;
using UsabilityLab.Core.Studies;

namespace UsabilityLab.Benchmarks.Support;

/// <summary>
/// Wraps the lab's journal and adds up the time the runner spends waiting on it (EF Core metadata writes, screenshot
/// rows, event flushes): the storage share of a lab run, measured rather than estimated.
/// </summary>
internal sealed class TimedJournal(IRunJournal inner) : IRunJournal
{
    private long _ticks;

    public TimeSpan Waited => TimeSpan.FromTicks(Interlocked.Read(ref _ticks));

    public Task<long> EnsureParticipantAsync(string label, string persona, int seed, CancellationToken cancellationToken) =>
        TimeAsync(() => inner.EnsureParticipantAsync(label, persona, seed, cancellationToken));

    public Task<IReadOnlySet<string>> FinishedTasksAsync(long participantId, CancellationToken cancellationToken) =>
        TimeAsync(() => inner.FinishedTasksAsync(participantId, cancellationToken));

    public Task<long> StartSessionAsync(long participantId, ViewportSize viewport, string? device, CancellationToken cancellationToken) =>
        TimeAsync(() => inner.StartSessionAsync(participantId, viewport, device, cancellationToken));

    public Task<long> StartAttemptAsync(long sessionId, string taskId, double startMs, CancellationToken cancellationToken) =>
        TimeAsync(() => inner.StartAttemptAsync(sessionId, taskId, startMs, cancellationToken));

    public Task FinishAttemptAsync(long attemptId, AttemptRecord result, CancellationToken cancellationToken) =>
        TimeAsync(async () => { await inner.FinishAttemptAsync(attemptId, result, cancellationToken); return 0; });

    public Task EndSessionAsync(long sessionId, SessionEnd end, string? reason, CancellationToken cancellationToken) =>
        TimeAsync(async () => { await inner.EndSessionAsync(sessionId, end, reason, cancellationToken); return 0; });

    public Task AddAnswersAsync(long participantId, IReadOnlyList<QuestionnaireAnswer> answers, CancellationToken cancellationToken) =>
        TimeAsync(async () => { await inner.AddAnswersAsync(participantId, answers, cancellationToken); return 0; });

    public Task<bool> SaveScreenshotAsync(PageScreenshot snapshot, CancellationToken cancellationToken) =>
        TimeAsync(() => inner.SaveScreenshotAsync(snapshot, cancellationToken));

    // Saved in the background while the participant goes on: not a wait.
    public Task<bool> SaveArchiveAsync(PageArchive archive, CancellationToken cancellationToken) => inner.SaveArchiveAsync(archive, cancellationToken);

    public void Post(RecordedEvent recordedEvent) => inner.Post(recordedEvent);

    public Task FlushAsync() => TimeAsync(async () => { await inner.FlushAsync(); return 0; });

    private async Task<T> TimeAsync<T>(Func<Task<T>> call)
    {
        var start = Stopwatch.GetTimestamp();
        try
        {
            return await call();
        }
        finally
        {
            Interlocked.Add(ref _ticks, Stopwatch.GetElapsedTime(start).Ticks);
        }
    }
}
