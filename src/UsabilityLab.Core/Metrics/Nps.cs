namespace UsabilityLab.Core.Metrics;

/// <summary>Net Promoter Score (Reichheld 2003) from 0–10 likelihood-to-recommend answers.</summary>
public static class Nps
{
    /// <summary>Computes the NPS. Example: 5 promoters, 3 passives, 2 detractors ⇒ 50 − 20 = 30.</summary>
    /// <param name="answers">At least one answer, each 0–10.</param>
    /// <exception cref="ArgumentOutOfRangeException">Empty, or an answer outside 0–10.</exception>
    public static NpsResult Compute(IReadOnlyList<int> answers)
    {
        ArgumentNullException.ThrowIfNull(answers);
        ArgumentOutOfRangeException.ThrowIfZero(answers.Count);
        if (answers.Any(a => a is < 0 or > 10))
        {
            throw new ArgumentOutOfRangeException(nameof(answers), "NPS answers must be 0–10.");
        }

        var promoters = answers.Count(a => a >= 9);
        var detractors = answers.Count(a => a <= 6);
        var passives = answers.Count - promoters - detractors;
        var score = 100.0 * (promoters - detractors) / answers.Count;
        return new NpsResult(score, promoters, passives, detractors, answers.Count);
    }
}
