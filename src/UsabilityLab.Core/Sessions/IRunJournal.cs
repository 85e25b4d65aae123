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
    Task<bool> SaveSnapshotAsync(PageSnapshot snapshot, CancellationToken cancellationToken);

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

/// <summary>How a session ended.</summary>
public enum SessionEnd
{
    /// <summary>All tasks attempted.</summary>
    Completed,

    /// <summary>The run was interrupted (Ctrl-C); resumable.</summary>
    Interrupted,

    /// <summary>The browser crashed or disconnected; what was recorded is kept.</summary>
    Crashed,

    /// <summary>A setup or teardown hook failed (the reason names it by FILE:LINE:COL); what was recorded is kept.</summary>
    HookFailed,
}

/// <summary>A full-page screenshot of one page at one viewport width; <paramref name="Image"/> is PNG or JPEG (a recorded backdrop is JPEG).</summary>
/// <param name="PageKey">The page, as pages are grouped.</param>
/// <param name="ViewportWidth">The viewport width it was seen at.</param>
/// <param name="Width">The picture's width in pixels.</param>
/// <param name="Height">The picture's height in pixels.</param>
/// <param name="Title">The page's title.</param>
/// <param name="Image">PNG or JPEG bytes.</param>
/// <param name="Note">What a reader of the heatmap should know about the picture (only the first screen of a page too
/// large to archive, a page cut at the height limit); null when it is the whole page as seen.</param>
public sealed record PageSnapshot(string PageKey, int ViewportWidth, int Width, int Height, string? Title, byte[] Image, string? Note = null)
{
    /// <summary>The view it shows (<see cref="Events.EventKind.UiState"/>'s structural hash); empty when not known (a
    /// moderated session's backdrop, a run recorded before views were told apart). A page's first picture stands for
    /// every view of it that has none of its own.</summary>
    public string State { get; init; } = "";
}

/// <summary>
/// A page as it stood, saved as one MHTML archive (its DOM with styles, images and fonts inlined; no scripts, and no
/// values typed into its fields). Saving it takes Chromium 10–25 ms, in the background, where a full-page screenshot
/// takes 250–550 ms; the backdrop is painted from it when first needed, at the viewport the page was seen in, so it
/// lays out the same.
/// </summary>
public sealed record PageArchive(string PageKey, int ViewportWidth, int ViewportHeight, string Mhtml)
{
    /// <summary>The view it holds (<see cref="PageSnapshot.State"/>).</summary>
    public string State { get; init; } = "";
}
