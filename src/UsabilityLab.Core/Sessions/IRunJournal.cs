using UsabilityLab.Core.Events;
using UsabilityLab.Core.Studies;

namespace UsabilityLab.Core.Sessions;

/// <summary>
/// Where a runner writes what happens in one run. Storage implements it; the runner never sees the database.
/// Metadata calls are awaited (they are few); events are posted without waiting and written in batches.
/// </summary>
public interface IRunJournal
{
    /// <summary>Adds (or, on resume, finds) a participant; returns its id.</summary>
    Task<long> EnsureParticipantAsync(string label, string persona, int seed, CancellationToken cancellationToken);

    /// <summary>Task ids this participant already finished in an earlier, interrupted invocation (resume).</summary>
    Task<IReadOnlySet<string>> FinishedTasksAsync(long participantId, CancellationToken cancellationToken);

    /// <summary>Opens a browser session at <paramref name="viewport"/> on a Playwright <paramref name="device"/> (null: the desktop browser); returns its id.</summary>
    Task<long> StartSessionAsync(long participantId, ViewportSize viewport, string? device, CancellationToken cancellationToken);

    /// <summary>Records the start of a task attempt (stored as interrupted until finished); returns its id.</summary>
    Task<long> StartAttemptAsync(long sessionId, string taskId, double startMs, CancellationToken cancellationToken);

    /// <summary>Stores how an attempt ended.</summary>
    Task FinishAttemptAsync(long attemptId, AttemptRecord result, CancellationToken cancellationToken);

    /// <summary>Closes a session.</summary>
    Task EndSessionAsync(long sessionId, SessionEnd end, string? reason, CancellationToken cancellationToken);

    /// <summary>Stores questionnaire answers.</summary>
    Task AddAnswersAsync(long participantId, IReadOnlyList<QuestionnaireAnswer> answers, CancellationToken cancellationToken);

    /// <summary>Stores a page screenshot unless one exists for that page, width and view; true when stored.</summary>
    Task<bool> SaveScreenshotAsync(PageScreenshot snapshot, CancellationToken cancellationToken);

    /// <summary>
    /// Stores a page's archive, to be painted into its backdrop when a report or heatmap first needs it, unless the
    /// run has a backdrop or an archive of that page, width and view already; true when stored.
    /// </summary>
    Task<bool> SaveArchiveAsync(PageArchive archive, CancellationToken cancellationToken);

    /// <summary>Queues an event (never blocks).</summary>
    void Post(RecordedEvent recordedEvent);

    /// <summary>Waits until every posted event is durable.</summary>
    Task FlushAsync();
}
