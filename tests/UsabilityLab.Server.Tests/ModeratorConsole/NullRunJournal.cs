using UsabilityLab.Core.Events;
using UsabilityLab.Core.Sessions;
using UsabilityLab.Core.Studies;

namespace UsabilityLab.Server.Tests.ModeratorConsole;

/// <summary>Nothing to store: the run journal of sessions that are never started, beside <see cref="NullModerationJournal"/>.</summary>
internal sealed class NullRunJournal : IRunJournal
{
    public Task<long> EnsureParticipantAsync(string label, string persona, int seed, CancellationToken cancellationToken) => Task.FromResult(1L);

    public Task<IReadOnlySet<string>> FinishedTasksAsync(long participantId, CancellationToken cancellationToken) =>
        Task.FromResult<IReadOnlySet<string>>(new HashSet<string>(StringComparer.Ordinal));

    public Task<long> StartSessionAsync(long participantId, ViewportSize viewport, string? device, CancellationToken cancellationToken) => Task.FromResult(1L);

    public Task<long> StartAttemptAsync(long sessionId, string taskId, double startMs, CancellationToken cancellationToken) => Task.FromResult(1L);

    public Task FinishAttemptAsync(long attemptId, AttemptRecord result, CancellationToken cancellationToken) => Task.CompletedTask;

    public Task EndSessionAsync(long sessionId, SessionEnd end, string? reason, CancellationToken cancellationToken) => Task.CompletedTask;

    public Task AddAnswersAsync(long participantId, IReadOnlyList<QuestionnaireAnswer> answers, CancellationToken cancellationToken) => Task.CompletedTask;

    public Task<bool> SaveScreenshotAsync(PageScreenshot snapshot, CancellationToken cancellationToken) => Task.FromResult(false);

    public Task<bool> SaveArchiveAsync(PageArchive archive, CancellationToken cancellationToken) => Task.FromResult(false);

    public void Post(RecordedEvent recordedEvent)
    {
    }

    public Task FlushAsync() => Task.CompletedTask;
}
