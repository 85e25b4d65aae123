using UsabilityLab.Core.Studies.Hooks;

namespace UsabilityLab.Core.Studies;

/// <summary>A validated study: what to test, against which site, with whom, and what counts as success.</summary>
/// <param name="Name">Human-readable study name, shown on the report cover.</param>
/// <param name="Target">Absolute base URL of the website under test (after <c>${ENV}</c> expansion).</param>
/// <param name="Viewport">Viewport for every participant; <c>null</c> means the browser configuration's default.</param>
/// <param name="Participants">How many simulated participants and which personas.</param>
/// <param name="Questionnaires">Which questionnaires are asked after each task and after the study.</param>
/// <param name="Tasks">Tasks in the order participants attempt them.</param>
/// <param name="Gates">Pass/fail thresholds checked after a run (CI gates).</param>
/// <param name="Capture">Privacy and page-grouping policy for the recorder.</param>
public sealed record Study(
    string Name,
    Uri Target,
    ViewportSize? Viewport,
    ParticipantPlan Participants,
    QuestionnairePlan Questionnaires,
    IReadOnlyList<StudyTask> Tasks,
    IReadOnlyList<Gate> Gates,
    CapturePolicy Capture)
{
    /// <summary>How the lab answers a page's alert, confirm, prompt or beforeunload dialog (<c>dialogs:</c>); a task may say otherwise.</summary>
    public DialogPolicy Dialogs { get; init; } = DialogPolicy.Accept;

    /// <summary>The dialog policy in force during <paramref name="task"/>.</summary>
    public DialogPolicy DialogsFor(StudyTask task) => task.Dialogs ?? Dialogs;

    /// <summary>
    /// Other origins the study's pages may open as a page (<c>origins:</c>, e.g. a sign-in provider): a remote
    /// participant's browser may navigate to the target's origin and these only.
    /// </summary>
    public IReadOnlyList<Uri> Origins { get; init; } = [];

    /// <summary>Setup and teardown hooks around the run, each participant and each task (scripted runs).</summary>
    public StudyHooks Hooks { get; init; } = StudyHooks.None;

    /// <summary>Resolves a task path (relative to the target, or absolute) to an absolute URL.</summary>
    public Uri Resolve(string pathOrUrl) =>
        Uri.TryCreate(pathOrUrl, UriKind.Absolute, out var absolute) && absolute.Scheme.StartsWith("http", StringComparison.Ordinal)
            ? absolute
            : new Uri(Target, pathOrUrl);

    /// <summary>
    /// Playwright device names participants are spread over (participant <c>i</c> gets <c>Devices[i % Count]</c>);
    /// empty means the desktop browser at <see cref="Viewport"/>.
    /// </summary>
    public IReadOnlyList<string> Devices { get; init; } = [];
}
