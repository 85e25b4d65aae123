using System.Numerics;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;

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
        var best = values.Length > 0 ? FirstIndexOf(values, Max) : 0;
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
        var vectors = MemoryMarshal.Cast<float, Vector<float>>(values);
        var largest = values[0];
        if (vectors.Length > 0)
        {
            var best = vectors[0];
            foreach (var v in vectors)
            {
                best = Vector.Max(best, v);
            }

            for (var lane = 0; lane < Vector<float>.Count; lane++)
            {
                largest = Math.Max(largest, best[lane]);
            }
        }

        foreach (var v in values[(vectors.Length * Vector<float>.Count)..])
        {
            largest = Math.Max(largest, v);
        }

        return largest;
    }

    /// <summary>Index of the first cell equal to <paramref name="value"/>, skipping whole vectors that hold none.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static int FirstIndexOf(float[] values, float value)
    {
        var vectors = MemoryMarshal.Cast<float, Vector<float>>(values.AsSpan());
        var target = new Vector<float>(value);
        var start = 0;
        while (start < vectors.Length && !Vector.EqualsAny(vectors[start], target))
        {
            start++;
        }

        return Array.IndexOf(values, value, start * Vector<float>.Count);
    }
}
