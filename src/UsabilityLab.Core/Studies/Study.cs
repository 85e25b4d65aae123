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

    /// <summary>Setup and teardown hooks around the run, each participant and each task (scripted runs).</summary>
    public StudyHooks Hooks { get; init; } = StudyHooks.None;

    /// <summary>Resolves a task path (relative to the target, or absolute) to an absolute URL.</summary>
    public Uri Resolve(string pathOrUrl) =>
        Uri.TryCreate(pathOrUrl, UriKind.Absolute, out var absolute) && absolute.Scheme.StartsWith("http", StringComparison.Ordinal)
            ? absolute
            : new Uri(Target, pathOrUrl);
}

/// <summary>Browser viewport size in CSS pixels.</summary>
public sealed record ViewportSize(int Width, int Height);

/// <summary>Participant count, RNG seed and persona mix (persona name → count).</summary>
public sealed record ParticipantPlan(int Count, int Seed, IReadOnlyDictionary<string, int> Personas)
{
    /// <summary>The plan used when a study file does not say: 5 typical participants, seed 1.</summary>
    public static ParticipantPlan Default { get; } = new(5, 1, new Dictionary<string, int> { ["typical"] = 5 });
}

/// <summary>Questionnaires: one asked after each task (e.g. <c>seq</c>), a list asked after the study (<c>sus</c>, <c>nps</c>).</summary>
public sealed record QuestionnairePlan(string? AfterEachTask, IReadOnlyList<string> AfterStudy)
{
    /// <summary>No questionnaires.</summary>
    public static QuestionnairePlan None { get; } = new(null, []);
}

/// <summary>Recorder privacy and grouping options.</summary>
/// <param name="RecordValuesFor">Selectors whose typed values may be stored; every other value is masked (length only). Password fields are never stored.</param>
/// <param name="KeepQuery">Whether page URLs keep their query string when grouping pages for snapshots and heatmaps.</param>
/// <param name="KeepQueryParams">Query parameters whose values are stored as they are; every other value is masked in every stored URL.</param>
public sealed record CapturePolicy(IReadOnlyList<string> RecordValuesFor, bool KeepQuery, IReadOnlyList<string> KeepQueryParams)
{
    /// <summary>Mask everything, group pages by path.</summary>
    public static CapturePolicy Default { get; } = new([], false, []);

    /// <summary>Known background noise of the site that the analysis leaves out of participants' errors (<c>capture.ignore</c>).</summary>
    public Signals.NoiseRules Ignore { get; init; } = Signals.NoiseRules.None;

    /// <summary><paramref name="url"/> as it may be stored (see <see cref="Pages.UrlMasking"/>).</summary>
    public string MaskUrl(string url) => Pages.UrlMasking.Mask(url, KeepQueryParams);

    /// <summary><paramref name="text"/> with every URL in it as it may be stored.</summary>
    public string MaskUrlsIn(string text) => Pages.UrlMasking.MaskUrlsIn(text, KeepQueryParams);
}
