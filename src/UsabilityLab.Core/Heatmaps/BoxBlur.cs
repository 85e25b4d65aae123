namespace UsabilityLab.Core.Heatmaps;

/// <summary>
/// Gaussian blur approximated by three box blurs (central limit theorem: a box convolved with itself three times is
/// within a few percent of a Gaussian). Each pass is a separable running sum, so the cost is O(pixels) whatever the
/// radius — the property heatmaps of long pages need (a 1280×4000 page has five million cells).
/// Edges reflect (half-sample symmetric), which keeps the total mass exactly: a click near the page edge still counts
/// as one click.
/// </summary>
public static class BoxBlur
{
    /// <summary>Number of box passes used to approximate a Gaussian.</summary>
    public const int Passes = 3;

    /// <summary>
    /// Odd box widths whose successive convolution has variance closest to σ² (Kovesi 2010, "Fast almost-Gaussian
    /// filtering"): the ideal width √(12σ²/n + 1) rounded down to odd (wl) and up (wl + 2), mixed so the variances sum
    /// to σ². A box of width w has variance (w² − 1)/12.
    /// </summary>
    /// <param name="sigma">Standard deviation of the Gaussian in cells; ≥ 0.</param>
    /// <param name="passes">Number of boxes; ≥ 1.</param>
    /// <exception cref="ArgumentOutOfRangeException">σ negative or not finite, or passes &lt; 1.</exception>
    public static int[] BoxWidths(double sigma, int passes = Passes)
    {
        if (!(sigma >= 0) || double.IsInfinity(sigma))
        {
            throw new ArgumentOutOfRangeException(nameof(sigma), $"sigma must be a finite number ≥ 0, got {sigma}.");
        }

        ArgumentOutOfRangeException.ThrowIfLessThan(passes, 1);
        var ideal = Math.Sqrt((12 * sigma * sigma / passes) + 1);
        var lower = (int)Math.Floor(ideal);
        if (lower % 2 == 0)
        {
            lower--;
        }

        var upper = lower + 2;
        var m = (int)Math.Round(((12 * sigma * sigma) - (passes * lower * lower) - (4 * passes * lower) - (3 * passes)) / ((-4.0 * lower) - 4));
        m = Math.Clamp(m, 0, passes);
        return Enumerable.Range(0, passes).Select(i => i < m ? lower : upper).ToArray();
    }

    /// <summary>The standard deviation actually achieved by the box widths: √(Σ (wᵢ² − 1) / 12).</summary>
    public static double AchievedSigma(IReadOnlyList<int> widths)
    {
        ArgumentNullException.ThrowIfNull(widths);
        return Math.Sqrt(widths.Sum(w => ((double)w * w) - 1) / 12);
    }

    /// <summary>Blurs a row-major grid in place with three box passes approximating a Gaussian of σ cells.</summary>
    /// <param name="data">Row-major cells, <paramref name="width"/> × <paramref name="height"/>.</param>
    /// <param name="width">Columns; ≥ 1.</param>
    /// <param name="height">Rows; ≥ 1.</param>
    /// <param name="sigma">Standard deviation in cells; 0 leaves the grid unchanged.</param>
    /// <exception cref="ArgumentException">The array length is not width × height.</exception>
    public static void Gaussian(float[] data, int width, int height, double sigma)
    {
        ArgumentNullException.ThrowIfNull(data);
        ArgumentOutOfRangeException.ThrowIfLessThan(width, 1);
        ArgumentOutOfRangeException.ThrowIfLessThan(height, 1);
        if (data.LongLength != (long)width * height)
        {
            throw new ArgumentException($"Expected {width}×{height} = {(long)width * height} cells, got {data.LongLength}.", nameof(data));
        }

        var scratch = new float[data.Length];
        foreach (var w in BoxWidths(sigma))
        {
            var radius = (w - 1) / 2;
            if (radius == 0)
            {
                continue;
            }

            BoxRuns.Horizontal(data, scratch, width, height, radius);
            BoxRuns.Vertical(scratch, data, width, height, radius);
        }
    }
}
