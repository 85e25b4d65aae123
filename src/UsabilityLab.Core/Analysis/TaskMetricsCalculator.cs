using UsabilityLab.Core.Metrics;
using UsabilityLab.Core.Sessions;
using UsabilityLab.Core.Signals;
using UsabilityLab.Core.Studies;

namespace UsabilityLab.Core.Analysis;

/// <summary>Computes one task's <see cref="TaskMetrics"/> from its finished attempts.</summary>
internal static class TaskMetricsCalculator
{
    public static TaskMetrics Compute(
        string taskId,
        StudyTask? task,
        IReadOnlyList<AttemptFacts> facts,
        IReadOnlyList<Signal> signals,
        IReadOnlyList<int> seqAnswers)
    {
        var metrics = new TaskMetrics { Id = taskId, Title = task?.Title, Attempts = facts.Count };
        if (facts.Count == 0)
        {
            return metrics;
        }

        var rates = CompletionRate.FromOutcomes(facts.Select(f => f.Attempt.Outcome));
        var successTimes = facts.Where(f => f.IsSuccess && f.Seconds is not null).Select(f => f.Seconds!.Value).ToArray();
        var allTimes = facts.Where(f => f.Seconds is not null).Select(f => f.Seconds!.Value).ToArray();
        var successTime = successTimes.Length > 0 ? TimeOnTask.Summarize(successTimes) : null;
        var timed = facts.Where(f => f.Seconds is not null).Select(f => new TimedAttempt(f.IsSuccess, f.Seconds!.Value)).ToArray();
        var (optimal, source) = OptimalPages(task, facts);
        var seq = seqAnswers.Count > 0 ? Seq.Summarize(seqAnswers) : null;
        var withEvents = facts.Where(f => f.HasEvents).ToArray();
        var errorsKnown = facts.Where(f => f.Errors is not null).ToArray();
        var errorRate = errorsKnown.Length > 0 ? CompletionRate.AdjustedWald(errorsKnown.Count(f => f.Errors > 0), errorsKnown.Length) : null;

        return metrics with
        {
            Successes = rates.Success.Successes,
            Failures = rates.Failure.Successes,
            Abandons = rates.Abandon.Successes,
            TechnicalErrors = rates.TechnicalError.Successes,
            SuccessRate = rates.Success.Rate,
            SuccessRateCi = rates.Success.Ci,
            FailureRate = rates.Failure.Rate,
            AbandonRate = rates.Abandon.Rate,
            TechnicalErrorRate = rates.TechnicalError.Rate,
            AttemptsWithErrors = errorRate?.Successes,
            ErrorRate = errorRate?.Rate,
            ErrorRateCi = errorRate?.Ci,
            TimeGeoMeanS = successTime?.GeometricMean,
            TimeCiS = successTime?.Ci,
            TimeMedianS = successTime?.Median,
            TimeMeanS = successTime?.Mean,
            TimeAllAttemptsGeoMeanS = allTimes.Length > 0 ? TimeOnTask.GeometricMean(allTimes) : null,
            TimeAllAttemptsMedianS = allTimes.Length > 0 ? TimeOnTask.Median(allTimes) : null,
            ClicksMean = MeanOf(facts.Select(f => (double?)f.Clicks)),
            ClickEfficiency = task is { GoldenPathClicks: > 0 }
                ? MeanOf(facts.Where(f => f.IsSuccess).Select(f => f.Clicks is { } c ? Efficiency.Click(task.GoldenPathClicks, c) : (double?)null))
                : null,
            LostnessMean = optimal is { } r ? MeanOf(facts.Select(f => LostnessOf(f, r))) : null,
            OptimalPages = optimal,
            OptimalPagesSource = source,
            TimeBasedEfficiency = timed.Length > 0 ? Efficiency.TimeBased(timed) : null,
            OverallRelativeEfficiency = timed.Length > 0 ? Efficiency.OverallRelative(timed) : null,
            SeqMean = seq?.Mean,
            SeqCi = seq?.Ci,
            SeqN = seq?.N ?? 0,
            RageClicks = CountOf(SignalKind.RageClick),
            DeadClicks = CountOf(SignalKind.DeadClick),
            ErrorClicks = CountOf(SignalKind.ErrorClick),
            QuickBacks = CountOf(SignalKind.QuickBack),
            ExcessiveScrolls = CountOf(SignalKind.ExcessiveScrolling),
            Hesitations = CountOf(SignalKind.Hesitation),
            JsErrors = withEvents.Length > 0 ? withEvents.Sum(f => f.JsErrors ?? 0) : null,
            FailedRequests = withEvents.Length > 0 ? withEvents.Sum(f => f.FailedRequests ?? 0) : null,
            ValidationErrors = withEvents.Length > 0 ? withEvents.Sum(f => f.ValidationErrors ?? 0) : null,
            MisclicksPerAttempt = MeanOf(withEvents.Select(f => (double?)f.Misclicks)),
            ErrorsPerAttempt = MeanOf(facts.Select(f => (double?)f.Errors)),
        };

        // Signals are only counted where they could have been seen: without events, "0 rage clicks" would be a lie.
        int? CountOf(SignalKind kind) => withEvents.Length > 0 ? signals.Count(s => s.Kind == kind) : null;
    }

    /// <summary>
    /// R for lostness: the study's optimal path when it gives one; else the optimal length recorded on the attempts
    /// (an explicit statement by whoever imported them); else the fewest unique pages of any successful attempt.
    /// </summary>
    private static (int? Pages, string? Source) OptimalPages(StudyTask? task, IReadOnlyList<AttemptFacts> facts)
    {
        if (task is { OptimalPath.Count: > 0 })
        {
            return (task.OptimalPath.Count, "study");
        }

        var recorded = facts.Select(f => f.Attempt.OptimalPages).FirstOrDefault(p => p is > 0);
        if (recorded is not null)
        {
            return (recorded, "attempt");
        }

        var observed = facts.Where(f => f.IsSuccess && f.UniquePages is > 0).Select(f => f.UniquePages).Min();
        return observed is null ? (null, null) : (observed, "observed");
    }

    /// <summary>
    /// Lostness of one attempt. Attempts that ended in a technical error or crash are left out: the site, not the
    /// participant, cut the path short, and with fewer pages than R the formula would report them as very lost.
    /// </summary>
    private static double? LostnessOf(AttemptFacts f, int optimal) =>
        !CompletionRate.IsTechnicalError(f.Attempt.Outcome) && f is { UniquePages: { } n and > 0, PageVisits: { } s } && s >= n
            ? Lostness.Compute(n, s, optimal)
            : null;

    private static double? MeanOf(IEnumerable<double?> values)
    {
        var known = values.Where(v => v is not null).Select(v => v!.Value).ToArray();
        return known.Length > 0 ? known.Average() : null;
    }
}
