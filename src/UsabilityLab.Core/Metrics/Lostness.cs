namespace UsabilityLab.Core.Metrics;

/// <summary>Lostness (Smith 1996): how far a navigation path strays from the optimal one.</summary>
/// <remarks>
/// L = √((N/S − 1)² + (R/N − 1)²) with N unique pages visited, S total page visits and R the minimum number of
/// pages needed. 0 is a perfect path; Smith found users with L &gt; 0.5 looked lost and those below 0.4 did not.
/// Example: N = 6, S = 9, R = 3 ⇒ 0.60.
/// </remarks>
public static class Lostness
{
    /// <summary>Computes lostness.</summary>
    /// <param name="uniquePages">N, at least 1 and at most <paramref name="pageVisits"/>.</param>
    /// <param name="pageVisits">S, total page visits (revisits included).</param>
    /// <param name="optimalPages">R, the optimal path length, at least 1.</param>
    /// <exception cref="ArgumentOutOfRangeException">N &lt; 1, S &lt; N or R &lt; 1.</exception>
    public static double Compute(int uniquePages, int pageVisits, int optimalPages)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(uniquePages, 1);
        ArgumentOutOfRangeException.ThrowIfLessThan(pageVisits, uniquePages);
        ArgumentOutOfRangeException.ThrowIfLessThan(optimalPages, 1);

        var revisits = ((double)uniquePages / pageVisits) - 1;
        var detour = ((double)optimalPages / uniquePages) - 1;
        return Math.Sqrt((revisits * revisits) + (detour * detour));
    }
}
