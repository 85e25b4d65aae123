namespace UsabilityLab.Core.Metrics;

/// <summary>System Usability Scale (Brooke 1996) scoring and the Sauro–Lewis curved grading scale.</summary>
public static class Sus
{
    // Lower bounds of the Sauro–Lewis curved grading scale (Quantifying the User Experience, 2016, ch. 8), best grade first.
    private static readonly (double Min, string Grade)[] Scale =
    [
        (84.1, "A+"), (80.8, "A"), (78.9, "A-"), (77.2, "B+"), (74.1, "B"), (72.6, "B-"),
        (71.1, "C+"), (65.0, "C"), (62.7, "C-"), (51.7, "D"), (0, "F"),
    ];

    /// <summary>
    /// Scores one answer sheet: odd (positively worded) items contribute r − 1, even (negatively worded) items
    /// 5 − r; the 0–40 sum is multiplied by 2.5. Example: 4,2,4,2,4,2,4,2,4,2 ⇒ 75; all 3s ⇒ 50.
    /// </summary>
    /// <param name="answers">Exactly 10 answers in item order, each 1–5.</param>
    /// <exception cref="ArgumentOutOfRangeException">Not 10 answers, or an answer outside 1–5.</exception>
    public static double Score(IReadOnlyList<int> answers)
    {
        ArgumentNullException.ThrowIfNull(answers);
        if (answers.Count != 10)
        {
            throw new ArgumentOutOfRangeException(nameof(answers), $"A SUS sheet has 10 items, got {answers.Count}.");
        }

        var sum = 0;
        for (var i = 0; i < 10; i++)
        {
            var r = answers[i];
            if (r is < 1 or > 5)
            {
                throw new ArgumentOutOfRangeException(nameof(answers), $"SUS item {i + 1} must be 1–5, got {r}.");
            }

            // i is 0-based, so even i is an odd-numbered (positive) item.
            sum += i % 2 == 0 ? r - 1 : 5 - r;
        }

        return sum * 2.5;
    }

    /// <summary>Mean score with a t-based confidence interval and the grade of the mean.</summary>
    /// <param name="scores">At least one score, each 0–100.</param>
    /// <param name="confidence">Confidence level, 0.95 by default.</param>
    /// <exception cref="ArgumentOutOfRangeException">Empty, a score outside 0–100, or confidence outside (0, 1).</exception>
    public static SusSummary Summarize(IReadOnlyList<double> scores, double confidence = 0.95)
    {
        Descriptive.RequireSample(scores, nameof(scores));
        if (scores.Any(s => s is < 0 or > 100))
        {
            throw new ArgumentOutOfRangeException(nameof(scores), "SUS scores must be between 0 and 100.");
        }

        var estimate = TInterval.ForMean(scores, confidence);
        return new SusSummary(estimate.Mean, estimate.Ci?.Clip(0, 100), Grade(estimate.Mean), estimate.N);
    }

    /// <summary>
    /// Curved grade (Sauro &amp; Lewis): A+ 84.1–100, A 80.8–84.0, A− 78.9–80.7, B+ 77.2–78.8, B 74.1–77.1,
    /// B− 72.6–74.0, C+ 71.1–72.5, C 65.0–71.0, C− 62.7–64.9, D 51.7–62.6, F 0–51.6. A mean falling between two
    /// published ranges (e.g. 84.05) takes the lower grade, since it has not reached the next one's minimum.
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException">Score outside 0–100.</exception>
    public static string Grade(double score)
    {
        if (!(score >= 0 && score <= 100))
        {
            throw new ArgumentOutOfRangeException(nameof(score), $"SUS scores are 0–100, got {score}.");
        }

        return Scale.First(g => score >= g.Min).Grade;
    }
}
