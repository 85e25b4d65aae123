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

        var result = Blur(data, width, height, sigma, 1);
        if (!ReferenceEquals(result, data))
        {
            result.CopyTo(data, 0);
        }
    }

    /// <summary>
    /// The blur of <see cref="Gaussian"/> times <paramref name="scale"/>, in whichever buffer the last pass wrote:
    /// <paramref name="data"/> (overwritten either way) or a new one. Row passes run first, all three per row while it
    /// is in cache, then column passes; box convolutions commute, so the order does not change the result.
    /// </summary>
    internal static float[] Blur(float[] data, int width, int height, double sigma, double scale)
    {
        var radii = BoxWidths(sigma).Select(w => (w - 1) / 2).Where(r => r > 0).ToArray();
        BoxRuns.Rows(data, width, height, radii);
        if (radii.Length > 0)
        {
            return ColumnRuns.Columns(data, new float[data.Length], width, height, radii, scale);
        }

        if (scale != 1)
        {
            Scale(data, (float)scale);
        }

        return data;
    }

    private static void Scale(float[] data, float factor)
    {
        for (var i = 0; i < data.Length; i++)
        {
            data[i] *= factor;
        }
    }
}
