using UsabilityLab.Core.Sessions;

namespace UsabilityLab.Recording.Runner;

/// <summary>
/// Questionnaire answers of simulated participants, derived from what they experienced (outcome, time used,
/// struggle) plus noise from their RNG. A model for exercising the pipeline, documented in docs/personas.md — never
/// a substitute for real participants' opinions.
/// </summary>
internal static class SimulatedAnswers
{
    /// <summary>SEQ (1–7): easy when succeeded quickly, hard when failed or abandoned.</summary>
    public static int Seq(AttemptOutcome outcome, double timeShareOfLimit, int errors, PersonaBehavior behavior)
    {
        var expected = outcome == AttemptOutcome.Success ? 6.4 - (3 * Math.Clamp(timeShareOfLimit, 0, 1)) - (0.25 * Math.Min(errors, 4)) : 2.2;
        return (int)Math.Clamp(Math.Round(expected + (0.6 * behavior.Gaussian())), 1, 7);
    }

    /// <summary>SUS items 1–10 (1–5) whose score centres on a level set by the share of tasks completed.</summary>
    public static IReadOnlyList<int> Sus(double successShare, PersonaBehavior behavior)
    {
        var level = Math.Clamp(0.3 + (0.55 * successShare) + (0.08 * behavior.Gaussian()), 0, 1);
        return Enumerable.Range(1, 10)
            .Select(item =>
            {
                var agreement = 1 + (4 * (item % 2 == 1 ? level : 1 - level));
                return (int)Math.Clamp(Math.Round(agreement + (0.5 * behavior.Gaussian())), 1, 5);
            })
            .ToList();
    }

    /// <summary>NPS likelihood to recommend (0–10).</summary>
    public static int Nps(double successShare, PersonaBehavior behavior) =>
        (int)Math.Clamp(Math.Round(3 + (6.5 * successShare) + (1.2 * behavior.Gaussian())), 0, 10);
}
