using UsabilityLab.Core.Metrics;
using UsabilityLab.Core.Signals;

namespace UsabilityLab.Core.Analysis;

/// <summary>Everything computed for one run. Serialize with camelCase naming to get the documented JSON field names.</summary>
public sealed record RunAnalysis
{
    /// <summary>Study name, when the study was given.</summary>
    public string? Study { get; init; }

    /// <summary>Distinct participants seen in attempts or questionnaire answers.</summary>
    public int Participants { get; init; }

    /// <summary>How many of <see cref="Participants"/> were simulated by the persona model (a scripted run's).</summary>
    public int SimulatedParticipants { get; init; }

    /// <summary>
    /// True when every attempt was made by a simulated participant: what people would call "participants" are
    /// then the persona model's, and the report and the CLI say "simulated participants".
    /// </summary>
    public bool Simulated { get; init; }

    /// <summary>
    /// Questionnaire answers (SUS, SEQ and NPS items) of simulated participants, left out of
    /// every score (and so are SEQ ratings stored on their attempts): a model has no opinion. Runs recorded before answers stopped being generated still hold them.
    /// </summary>
    public int SimulatedAnswersIgnored { get; init; }

    /// <summary>Per-task metrics: study order first, then tasks only seen in the attempts.</summary>
    public required IReadOnlyList<TaskMetrics> Tasks { get; init; }

    /// <summary>
    /// Per-task metrics per device when the run's participants used more than one (see <c>devices:</c> in a study);
    /// empty otherwise.
    /// </summary>
    public IReadOnlyList<DeviceMetrics> Devices { get; init; } = [];

    /// <summary>SUS over complete answer sheets; null when there are none.</summary>
    public SusSummary? Sus { get; init; }

    /// <summary>Each complete SUS sheet's score, by participant (people only; ordinal order of the labels).</summary>
    public IReadOnlyList<ParticipantScore> SusScores { get; init; } = [];

    /// <summary>SUS sheets skipped because items were missing.</summary>
    public int SusIncompleteSheets { get; init; }

    /// <summary>Net Promoter Score; null when nobody answered.</summary>
    public NpsResult? Nps { get; init; }

    /// <summary>Every detected signal, in session time order within each session.</summary>
    public required IReadOnlyList<TaskSignal> Signals { get; init; }

    /// <summary>
    /// The site's background noise: errors no participant action caused and that changed nothing on the screen, or
    /// that the study's <c>capture.ignore</c> silences (see <see cref="Signals.SiteNoise"/>); most frequent first.
    /// They are not counted as participants' errors.
    /// </summary>
    public IReadOnlyList<NoiseSummary> SiteNoise { get; init; } = [];

    /// <summary>Events the pages recorded that never reached the lab (a broken or hostile page); 0 when none were lost.</summary>
    public int EventsLost { get; init; }

    /// <summary>Attempts left out because the lab could not set up where they start: a resume that could not restore
    /// what the participant's earlier tasks had done, or a failed task setup hook (see <see cref="Sessions.AttemptRecord.Unrestored"/>).</summary>
    public int UnrestoredAttempts { get; init; }

    /// <summary>The metrics of one task, or null.</summary>
    public TaskMetrics? Task(string id) => Tasks.FirstOrDefault(t => string.Equals(t.Id, id, StringComparison.Ordinal));
}
