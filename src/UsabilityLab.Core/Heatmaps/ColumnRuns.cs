using System.Numerics;
using System.Runtime.CompilerServices;

namespace UsabilityLab.Core.Heatmaps;

/// <summary>
/// Box passes along columns, vectorised across columns: one running sum per column, advanced a whole row at a time,
/// so memory is read in order and <see cref="Vector{T}.Count"/> columns move per instruction. Sums are kept in double
/// (like the row passes) so thousands of additions and subtractions down a long page do not drift.
/// </summary>
internal static class ColumnRuns
{
    // A stripe of 256 columns keeps a row of it (1 KB) and its sums (2 KB) in L1 and gives 2–8 cores enough stripes.
    private const int StripeWidth = 256;

    /// <summary>
    /// Every pass of <paramref name="radii"/> down each column, ping-ponging between <paramref name="data"/> and
    /// <paramref name="scratch"/>; the last pass also multiplies by <paramref name="scale"/>.
    /// </summary>
    /// <returns>The array holding the result (<paramref name="data"/> after an even number of passes).</returns>
    public static float[] Columns(float[] data, float[] scratch, int width, int height, IReadOnlyList<int> radii, double scale)
    {
        var stripes = (width + StripeWidth - 1) / StripeWidth;
        Parallel.For(0, stripes, stripe =>
        {
            var x0 = stripe * StripeWidth;
            var x1 = Math.Min(width, x0 + StripeWidth);
            var sums = new double[x1 - x0];
            var (source, target) = (data, scratch);
            for (var pass = 0; pass < radii.Count; pass++)
            {
                var multiplier = pass == radii.Count - 1 ? scale : 1;
                Pass(source, target, width, height, radii[pass], x0, sums, multiplier);
                (source, target) = (target, source);
            }
        });

        return radii.Count % 2 == 0 ? data : scratch;
    }

    /// <summary>One box of radius r down columns x0 … x0 + sums.Length of <paramref name="source"/> into <paramref name="target"/>.</summary>
    // Fully optimised from the first call: a report draws only a few heatmaps, too few for tiered compilation to kick in.
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    internal static void Pass(float[] source, float[] target, int width, int height, int radius, int x0, double[] sums, double multiplier)
    {
        var count = sums.Length;
        var inverse = multiplier / ((2 * radius) + 1);
        InitialSums(source, width, height, radius, x0, sums);
        var inverseVector = new Vector<double>(inverse);
        var lanes = Vector<float>.Count;
        var half = Vector<double>.Count;
        for (var y = 0; y < height; y++)
        {
            var add = (BoxRuns.Reflect(y + radius + 1, height) * width) + x0;
            var remove = (BoxRuns.Reflect(y - radius, height) * width) + x0;
            var output = (y * width) + x0;
            var i = 0;
            if (Vector.IsHardwareAccelerated)
            {
                for (; i <= count - lanes; i += lanes)
                {
                    // The same arithmetic as the scalar tail: float difference, widened, added to a double sum.
                    var difference = new Vector<float>(source, add + i) - new Vector<float>(source, remove + i);
                    Vector.Widen(difference, out var low, out var high);
                    var sumLow = new Vector<double>(sums, i);
                    var sumHigh = new Vector<double>(sums, i + half);
                    Vector.Narrow(sumLow * inverseVector, sumHigh * inverseVector).CopyTo(target, output + i);
                    (sumLow + low).CopyTo(sums, i);
                    (sumHigh + high).CopyTo(sums, i + half);
                }
            }

            for (; i < count; i++)
            {
                target[output + i] = (float)(sums[i] * inverse);
                sums[i] += source[add + i] - source[remove + i];
            }
        }
    }

    /// <summary>The reflected window −r…r of every column in the stripe, accumulated row by row (cache-friendly).</summary>
    private static void InitialSums(float[] source, int width, int height, int radius, int x0, double[] sums)
    {
        Array.Clear(sums);
        var windowWidth = (2L * radius) + 1;
        var period = 2L * height;
        var periods = windowWidth / period;
        if (periods > 0)
        {
            for (var y = 0; y < height; y++)
            {
                Accumulate(source.AsSpan((y * width) + x0, sums.Length), sums, 2 * periods);
            }
        }

        var rest = (int)(windowWidth % period);
        for (var k = 0; k < rest; k++)
        {
            Accumulate(source.AsSpan((BoxRuns.Reflect(k - radius, height) * width) + x0, sums.Length), sums, 1);
        }
    }

    private static void Accumulate(ReadOnlySpan<float> row, double[] sums, double weight)
    {
        for (var i = 0; i < row.Length; i++)
        {
            sums[i] += weight * row[i];
        }
    }
}
