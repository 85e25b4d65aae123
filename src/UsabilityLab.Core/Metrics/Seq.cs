namespace UsabilityLab.Core.Metrics;

/// <summary>Single Ease Question (Sauro &amp; Dumas 2009): one 7-point rating asked after each task.</summary>
public static class Seq
{
    /// <summary>Mean with a t-based confidence interval (Sauro &amp; Lewis 2016, ch. 3: rating scales use the t interval).</summary>
    /// <param name="answers">At least one answer, each 1–7.</param>
    /// <param name="confidence">Confidence level, 0.95 by default.</param>
    /// <exception cref="ArgumentOutOfRangeException">Empty, an answer outside 1–7, or confidence outside (0, 1).</exception>
    public static SeqSummary Summarize(IReadOnlyList<int> answers, double confidence = 0.95)
    {
        ArgumentNullException.ThrowIfNull(answers);
        ArgumentOutOfRangeException.ThrowIfZero(answers.Count);
        if (answers.Any(a => a is < 1 or > 7))
        {
            throw new ArgumentOutOfRangeException(nameof(answers), "SEQ answers must be 1–7.");
        }

        var estimate = TInterval.ForMean(answers.Select(a => (double)a).ToArray(), confidence);

        // The raw t interval of a tiny sample can run past the scale; the mean of a 1–7 scale cannot.
        return new SeqSummary(estimate.Mean, estimate.Ci?.Clip(1, 7), estimate.N);
    }
}
