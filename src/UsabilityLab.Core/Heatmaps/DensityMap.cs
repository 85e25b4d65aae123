namespace UsabilityLab.Core.Heatmaps;

/// <summary>Click (or mouse-move) density over a page screenshot.</summary>
public static class DensityMap
{
    /// <summary>
    /// Default smoothing σ in CSS px. 12 px spreads one click over a disc of about 30 px radius (2.5σ): roughly a
    /// fingertip or a small button, tight enough that neighbouring controls stay apart, wide enough that clicks
    /// a few pixels apart merge into one hot spot. The same default as a 30 px "radius" in common heatmap tools.
    /// </summary>
    public const double DefaultSigma = 12;

    /// <summary>
    /// Bins the points onto a <paramref name="width"/> × <paramref name="height"/> grid (one cell per screenshot
    /// pixel), blurs with a three-box Gaussian approximation of σ = <paramref name="sigma"/> CSS px, and scales to
    /// click units (an isolated click peaks at 1). Cost: O(points + cells), independent of σ.
    /// </summary>
    /// <param name="points">Points in document coordinates (CSS px).</param>
    /// <param name="width">Grid columns (screenshot width in pixels); ≥ 1.</param>
    /// <param name="height">Grid rows (screenshot height in pixels); ≥ 1.</param>
    /// <param name="sigma">Smoothing in CSS px; ≥ 0 (0 = no smoothing).</param>
    /// <param name="scale">Screenshot pixels per CSS px (device pixel ratio); &gt; 0.</param>
    /// <exception cref="ArgumentOutOfRangeException">A size, σ or scale out of range, or a grid above 2³¹ cells.</exception>
    public static DensityGrid Compute(IEnumerable<HeatPoint> points, int width, int height, double sigma = DefaultSigma, double scale = 1)
    {
        ArgumentNullException.ThrowIfNull(points);
        ArgumentOutOfRangeException.ThrowIfLessThan(width, 1);
        ArgumentOutOfRangeException.ThrowIfLessThan(height, 1);
        if (!(scale > 0) || double.IsInfinity(scale))
        {
            throw new ArgumentOutOfRangeException(nameof(scale), $"scale must be a finite number > 0, got {scale}.");
        }

        if ((long)width * height > int.MaxValue)
        {
            throw new ArgumentOutOfRangeException(nameof(height), $"A {width}×{height} grid is too large.");
        }

        var bins = new PointBins(width, height, scale);
        if (points is HeatPoint[] array)
        {
            // An array is walked directly: a million points through IEnumerable cost more than binning them.
            foreach (var p in array)
            {
                bins.Add(p);
            }
        }
        else
        {
            foreach (var p in points)
            {
                bins.Add(p);
            }
        }

        var sigmaCells = sigma * scale;
        var peak = ImpulsePeak(BoxBlur.BoxWidths(sigmaCells));
        var values = BoxBlur.Blur(bins.Cells, width, height, sigmaCells, 1 / (peak * peak));
        return new DensityGrid(width, height, values, sigma, scale, bins.Total, bins.Outside);
    }

    /// <summary>Centre value of a unit impulse after the 1-D boxes: the kernel's peak, used to express density in clicks.</summary>
    internal static double ImpulsePeak(IReadOnlyList<int> widths)
    {
        double[] kernel = [1];
        foreach (var w in widths)
        {
            var next = new double[kernel.Length + w - 1];
            for (var i = 0; i < kernel.Length; i++)
            {
                for (var j = 0; j < w; j++)
                {
                    next[i + j] += kernel[i] / w;
                }
            }

            kernel = next;
        }

        return kernel[kernel.Length / 2];
    }
}
