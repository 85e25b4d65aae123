namespace UsabilityLab.Core.Metrics;

/// <summary>Efficiency measures.</summary>
public static class Efficiency
{
    /// <summary>
    /// Click efficiency: golden-path clicks / clicks made, capped at 1 (a participant who finds a shortcut is not
    /// "more than efficient"). An attempt with no clicks at all wasted none, so it scores 1.
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException">A negative count.</exception>
    public static double Click(int goldenPathClicks, int clicks)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(goldenPathClicks);
        ArgumentOutOfRangeException.ThrowIfNegative(clicks);
        return clicks <= goldenPathClicks ? 1 : (double)goldenPathClicks / clicks;
    }

    /// <summary>
    /// Time-based efficiency (ISO/IEC 25022): the mean over attempts of nᵢ / tᵢ, where nᵢ is 1 for a success and
    /// 0 otherwise and tᵢ the time in minutes — i.e. goals achieved per minute.
    /// Example: successes in 30 s and 60 s plus a failure ⇒ (2 + 1 + 0) / 3 = 1.0 goals/min.
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException">No attempts, or a time ≤ 0 or not finite.</exception>
    public static double TimeBased(IReadOnlyList<TimedAttempt> attempts)
    {
        Require(attempts);
        return attempts.Average(a => (a.Success ? 1.0 : 0.0) / (a.Seconds / 60));
    }

    /// <summary>
    /// Overall relative efficiency (ISO/IEC 25022): time spent on successful attempts / total time, the share of
    /// participant time that produced a result. Example: 30 s and 60 s successes plus a 90 s failure ⇒ 0.5.
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException">No attempts, or a time ≤ 0 or not finite.</exception>
    public static double OverallRelative(IReadOnlyList<TimedAttempt> attempts)
    {
        Require(attempts);
        return attempts.Where(a => a.Success).Sum(a => a.Seconds) / attempts.Sum(a => a.Seconds);
    }

    private static void Require(IReadOnlyList<TimedAttempt> attempts)
    {
        ArgumentNullException.ThrowIfNull(attempts);
        ArgumentOutOfRangeException.ThrowIfZero(attempts.Count);
        if (attempts.Any(a => !(a.Seconds > 0) || double.IsInfinity(a.Seconds)))
        {
            throw new ArgumentOutOfRangeException(nameof(attempts), "Every attempt needs a finite time greater than zero.");
        }
    }
}
