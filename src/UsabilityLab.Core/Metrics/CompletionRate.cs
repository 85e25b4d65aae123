using UsabilityLab.Core.Sessions;

namespace UsabilityLab.Core.Metrics;

/// <summary>Task completion (success) rate with the adjusted-Wald (Agresti–Coull) confidence interval.</summary>
public static class CompletionRate
{
    /// <summary>
    /// Adjusted-Wald interval: add z²/2 successes and z² trials, then apply the Wald formula
    /// (Agresti &amp; Coull 1998). Sauro &amp; Lewis recommend it for the small samples of usability tests,
    /// where the plain Wald interval is far too narrow. Example: 4 of 5 ⇒ 0.36–0.98.
    /// </summary>
    /// <param name="successes">Successes, 0 ≤ x ≤ n.</param>
    /// <param name="n">Trials, at least 1.</param>
    /// <param name="confidence">Confidence level, 0.95 by default.</param>
    /// <exception cref="ArgumentOutOfRangeException">n &lt; 1, x outside [0, n] or confidence outside (0, 1).</exception>
    public static Proportion AdjustedWald(int successes, int n, double confidence = 0.95)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(n, 1);
        ArgumentOutOfRangeException.ThrowIfNegative(successes);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(successes, n);
        Descriptive.RequireConfidence(confidence);

        var z = Descriptive.ZCritical(confidence);
        var nAdj = n + (z * z);
        var pAdj = (successes + (z * z / 2)) / nAdj;
        var margin = z * Math.Sqrt(pAdj * (1 - pAdj) / nAdj);

        // The adjusted interval can poke outside [0, 1] at the extremes; a rate cannot.
        return new Proportion(successes, n, (double)successes / n, Math.Max(0, pAdj - margin), Math.Min(1, pAdj + margin));
    }

    /// <summary>Success, failure, abandon and technical-error rates of the given outcomes.</summary>
    /// <remarks>
    /// <see cref="AttemptOutcome.Interrupted"/> attempts are left out: the run stopped, the participant did not fail.
    /// <see cref="AttemptOutcome.Crashed"/> counts as a technical error because, like <see cref="AttemptOutcome.Error"/>,
    /// the participant never had a fair chance at the task.
    /// </remarks>
    /// <exception cref="ArgumentOutOfRangeException">No countable (non-interrupted) outcome.</exception>
    public static OutcomeRates FromOutcomes(IEnumerable<AttemptOutcome> outcomes, double confidence = 0.95)
    {
        ArgumentNullException.ThrowIfNull(outcomes);
        var counted = outcomes.Where(o => o != AttemptOutcome.Interrupted).ToList();
        if (counted.Count == 0)
        {
            throw new ArgumentOutOfRangeException(nameof(outcomes), "Need at least one finished (non-interrupted) attempt.");
        }

        Proportion Rate(Func<AttemptOutcome, bool> match) => AdjustedWald(counted.Count(match), counted.Count, confidence);

        return new OutcomeRates(
            counted.Count,
            Rate(o => o == AttemptOutcome.Success),
            Rate(o => o == AttemptOutcome.Failed),
            Rate(o => o == AttemptOutcome.Abandoned),
            Rate(IsTechnicalError));
    }

    /// <summary>True for outcomes counted as technical errors (technical failure or crash).</summary>
    public static bool IsTechnicalError(AttemptOutcome outcome) => outcome is AttemptOutcome.Error or AttemptOutcome.Crashed;
}
