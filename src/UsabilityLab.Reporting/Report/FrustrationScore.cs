using UsabilityLab.Core.Sessions;
using UsabilityLab.Core.Signals;

namespace UsabilityLab.Reporting.Report;

/// <summary>
/// How much a session is worth watching first: a weighted sum of what went wrong for the participant, published in
/// docs/dashboard.md. Weights follow how sure a signal is to mean frustration: a rage burst (3) and an attempt that
/// ended failed or abandoned (4) say so plainly; a dead or error click (2) usually does; a quick back, excessive
/// scrolling (1) and a hesitation (0.5) are weaker hints. Technical errors are the lab's, not the participant's, and
/// count nothing.
/// </summary>
public static class FrustrationScore
{
    /// <summary>Points for each failed or abandoned attempt.</summary>
    public const double PerFailedTask = 4;

    /// <summary>Points per signal of <paramref name="kind"/>.</summary>
    public static double Weight(SignalKind kind) => kind switch
    {
        SignalKind.RageClick => 3,
        SignalKind.DeadClick => 2,
        SignalKind.ErrorClick => 2,
        SignalKind.QuickBack => 1,
        SignalKind.ExcessiveScrolling => 1,
        _ => 0.5,
    };

    /// <summary>The score of a session with <paramref name="signals"/> and <paramref name="attempts"/>.</summary>
    public static double Of(IEnumerable<SignalKind> signals, IEnumerable<AttemptOutcome> attempts) =>
        signals.Sum(Weight) + (attempts.Count(o => o is AttemptOutcome.Failed or AttemptOutcome.Abandoned) * PerFailedTask);
}
