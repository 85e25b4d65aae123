using System.Numerics;
using System.Runtime.CompilerServices;

namespace UsabilityLab.Core.Heatmaps;

/// <summary>
/// A smoothed point density on a grid of cells (row-major). Values are in <em>click units</em>: one isolated click
/// peaks at 1.0 and k clicks on the same spot peak at k, so a colour bar can be labelled in clicks.
/// </summary>
public sealed class DensityGrid
{
    internal DensityGrid(int width, int height, float[] values, double sigma, double scale, double points, int outside)
    {
        Width = width;
        Height = height;
        Values = values;
        Sigma = sigma;
        Scale = scale;
        Points = points;
        Outside = outside;
        Max = values.Length > 0 ? LargestValue(values) : 0;
        var best = values.Length > 0 ? Array.IndexOf(values, Max) : 0;
        Peak = (best % width, best / width);
    }

    /// <summary>Columns (screenshot pixels).</summary>
    public int Width { get; }

    /// <summary>Rows (screenshot pixels).</summary>
    public int Height { get; }

    /// <summary>Row-major cells: <c>Values[y * Width + x]</c>.</summary>
    public float[] Values { get; }

    /// <summary>Smoothing standard deviation in CSS px.</summary>
    public double Sigma { get; }

    /// <summary>Cells per CSS px (the screenshot's device pixel ratio).</summary>
    public double Scale { get; }

    /// <summary>Total weight of the points that fell on the grid.</summary>
    public double Points { get; }

    /// <summary>Points dropped because they lay outside the grid (e.g. a page that grew after its screenshot).</summary>
    public int Outside { get; }

    /// <summary>Largest cell value.</summary>
    public float Max { get; }

    /// <summary>Cell of the largest value (the first one in row-major order on ties).</summary>
    public (int X, int Y) Peak { get; }

    /// <summary>Value of cell (x, y).</summary>
    public float this[int x, int y] => Values[(y * Width) + x];

    /// <summary>Largest value in rows <paramref name="firstRow"/> … <paramref name="firstRow"/> + <paramref name="rows"/> − 1 (a cropped view).</summary>
    /// <exception cref="ArgumentOutOfRangeException">The rows are not inside the grid.</exception>
    public float MaxOfRows(int firstRow, int rows)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(firstRow);
        ArgumentOutOfRangeException.ThrowIfLessThan(rows, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(firstRow + rows, Height, nameof(rows));
        return firstRow == 0 && rows == Height ? Max : LargestValue(Values.AsSpan(firstRow * Width, rows * Width));
    }

    /// <summary>The values divided by <see cref="Max"/> (0–1); all zeros for an empty grid.</summary>
    public float[] Normalized()
    {
        var result = new float[Values.Length];
        if (Max > 0)
        {
            var inverse = 1 / Max;
            for (var i = 0; i < result.Length; i++)
            {
                result[i] = Values[i] * inverse;
            }
        }

        return result;
    }

    /// <summary>The largest value, vectorised: a scan of millions of cells should cost no more than reading them.</summary>
    // Fully optimised from the first call: a report draws only a few heatmaps, too few for tiered compilation to kick in.
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static float LargestValue(ReadOnlySpan<float> values)
    {
        var lanes = Vector<float>.Count;
        var i = 0;
        var largest = values[0];
        if (Vector.IsHardwareAccelerated && values.Length >= lanes)
        {
            var best = new Vector<float>(values);
            for (i = lanes; i <= values.Length - lanes; i += lanes)
            {
                best = Vector.Max(best, new Vector<float>(values[i..]));
            }

            for (var lane = 0; lane < lanes; lane++)
            {
                largest = Math.Max(largest, best[lane]);
            }
        }

        for (; i < values.Length; i++)
        {
            largest = Math.Max(largest, values[i]);
        }

        return largest;
    }
}
