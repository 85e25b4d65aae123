using UsabilityLab.Core.Metrics;

namespace UsabilityLab.Core.Analysis;

/// <summary>
/// Every metric of one task in one run. Null means "no data" (e.g. no successful attempt, so no success time),
/// never zero. Times are seconds; rates are 0–1. Interrupted attempts are not counted.
/// </summary>
public sealed record TaskMetrics
{
    /// <summary>Task id.</summary>
    public required string Id { get; init; }

    /// <summary>Task title from the study, when known.</summary>
    public string? Title { get; init; }

    /// <summary>Finished attempts (interrupted ones excluded).</summary>
    public int Attempts { get; init; }

    /// <summary>Successful attempts.</summary>
    public int Successes { get; init; }

    /// <summary>Failed attempts (time limit or steps exhausted).</summary>
    public int Failures { get; init; }

    /// <summary>Abandoned attempts.</summary>
    public int Abandons { get; init; }

    /// <summary>Attempts ended by a technical problem (a technical error or a crash): the participant never had a fair chance.</summary>
    public int TechnicalErrors { get; init; }

    /// <summary>Successes / attempts.</summary>
    public double? SuccessRate { get; init; }

    /// <summary>Adjusted-Wald 95 % interval of the success rate.</summary>
    public Interval? SuccessRateCi { get; init; }

    /// <summary>Failures / attempts.</summary>
    public double? FailureRate { get; init; }

    /// <summary>Abandons / attempts.</summary>
    public double? AbandonRate { get; init; }

    /// <summary>Attempts ended by a technical problem / attempts (not the participant's errors: see <see cref="ErrorRate"/>).</summary>
    public double? TechnicalErrorRate { get; init; }

    /// <summary>
    /// Attempts in which the participant met at least one error (a JavaScript error, a failed request, a validation
    /// error or a misclick; for imported attempts, an error count above 0); null when no attempt has events or a count.
    /// </summary>
    public int? AttemptsWithErrors { get; init; }

    /// <summary>
    /// The participant error rate of UX practice: <see cref="AttemptsWithErrors"/> / attempts whose errors are known
    /// (recorded events or an imported count). Null when no attempt's errors are known.
    /// </summary>
    public double? ErrorRate { get; init; }

    /// <summary>Adjusted-Wald 95 % interval of <see cref="ErrorRate"/>.</summary>
    public Interval? ErrorRateCi { get; init; }

    /// <summary>Geometric mean time of successful attempts.</summary>
    public double? TimeGeoMeanS { get; init; }

    /// <summary>95 % interval of <see cref="TimeGeoMeanS"/> (needs 2 successful times).</summary>
    public Interval? TimeCiS { get; init; }

    /// <summary>Median time of successful attempts.</summary>
    public double? TimeMedianS { get; init; }

    /// <summary>Arithmetic mean time of successful attempts.</summary>
    public double? TimeMeanS { get; init; }

    /// <summary>Geometric mean time over all attempts, failures included (how long people spent, not how long success took).</summary>
    public double? TimeAllAttemptsGeoMeanS { get; init; }

    /// <summary>Median time over all attempts, failures included.</summary>
    public double? TimeAllAttemptsMedianS { get; init; }

    /// <summary>Mean clicks per attempt.</summary>
    public double? ClicksMean { get; init; }

    /// <summary>Mean click efficiency (golden-path clicks / clicks, capped at 1) of successful attempts.</summary>
    public double? ClickEfficiency { get; init; }

    /// <summary>Mean lostness over attempts with a known path (technical errors and crashes excluded).</summary>
    public double? LostnessMean { get; init; }

    /// <summary>The optimal path length R used for lostness.</summary>
    public int? OptimalPages { get; init; }

    /// <summary>Where <see cref="OptimalPages"/> came from: <c>study</c>, <c>attempt</c> or <c>observed</c> (shortest successful path).</summary>
    public string? OptimalPagesSource { get; init; }

    /// <summary>ISO/IEC 25022 time-based efficiency, goals per minute.</summary>
    public double? TimeBasedEfficiency { get; init; }

    /// <summary>ISO/IEC 25022 overall relative efficiency: time on successful attempts / total time.</summary>
    public double? OverallRelativeEfficiency { get; init; }

    /// <summary>Mean SEQ rating (1–7).</summary>
    public double? SeqMean { get; init; }

    /// <summary>95 % t interval of <see cref="SeqMean"/>.</summary>
    public Interval? SeqCi { get; init; }

    /// <summary>Number of SEQ answers.</summary>
    public int SeqN { get; init; }

    /// <summary>Rage-click bursts (null when no attempt has recorded events).</summary>
    public int? RageClicks { get; init; }

    /// <summary>Dead clicks.</summary>
    public int? DeadClicks { get; init; }

    /// <summary>Error clicks.</summary>
    public int? ErrorClicks { get; init; }

    /// <summary>Quick backs.</summary>
    public int? QuickBacks { get; init; }

    /// <summary>Page visits with excessive scrolling.</summary>
    public int? ExcessiveScrolls { get; init; }

    /// <summary>Page visits with hesitation above the threshold.</summary>
    public int? Hesitations { get; init; }

    /// <summary>Uncaught page errors and <c>console.error</c> calls.</summary>
    public int? JsErrors { get; init; }

    /// <summary>Failed requests and HTTP error responses.</summary>
    public int? FailedRequests { get; init; }

    /// <summary>Form validation errors shown.</summary>
    public int? ValidationErrors { get; init; }

    /// <summary>Mean clicks on non-interactive elements per attempt with events.</summary>
    public double? MisclicksPerAttempt { get; init; }

    /// <summary>Mean errors per attempt (JS errors + failed requests + validation errors + misclicks, or the imported count).</summary>
    public double? ErrorsPerAttempt { get; init; }
}
