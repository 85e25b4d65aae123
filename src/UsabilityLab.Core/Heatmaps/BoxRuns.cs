using System.Collections.Concurrent;
using System.Numerics;
using System.Runtime.CompilerServices;

namespace UsabilityLab.Core.Heatmaps;

/// <summary>
/// Box passes along rows as running sums. Indices outside the grid reflect (…, 1, 0 | 0, 1, …, n−1 | n−1, n−2, …), i.e.
/// the signal is treated as periodic with period 2n, so a window of any width is summed in O(n) per line.
/// </summary>
internal static class BoxRuns
{
    // Rows per parallel work item: enough to amortise scheduling, few enough to balance two to eight cores.
    private const int RowsPerChunk = 64;

    /// <summary>
    /// Every pass of <paramref name="radii"/> along each row, in place. A running sum is a chain of dependent additions,
    /// so one row at a time leaves the CPU waiting; instead blocks of <see cref="Vector{T}.Count"/> rows are interleaved
    /// (x-major, one lane per row) and summed as vectors, all passes of a block while it is in cache. Leftover rows
    /// take the scalar <see cref="Line"/>, which does the same arithmetic.
    /// </summary>
    public static void Rows(float[] data, int width, int height, IReadOnlyList<int> radii)
    {
        if (radii.Count == 0)
        {
            return;
        }

        var lanes = Vector<float>.Count;
        var blocks = height / lanes;
        Parallel.ForEach(Partitioner.Create(0, Math.Max(1, blocks), Math.Max(1, RowsPerChunk / lanes)), range =>
        {
            var source = new float[width * lanes];
            var target = new float[width * lanes];
            for (var block = range.Item1; block < Math.Min(range.Item2, blocks); block++)
            {
                Interleave(data, width, block * lanes, source, toLanes: true);
                foreach (var radius in radii)
                {
                    LanesLine(source, target, width, radius);
                    (source, target) = (target, source);
                }

                Interleave(data, width, block * lanes, source, toLanes: false);
            }
        });

        var row = new float[width];
        for (var y = blocks * lanes; y < height; y++)
        {
            Span<float> source = data.AsSpan(y * width, width), target = row;
            foreach (var radius in radii)
            {
                Line(source, target, radius);
                var swap = source;
                source = target;
                target = swap;
            }

            if (radii.Count % 2 == 1)
            {
                row.CopyTo(data, y * width);
            }
        }
    }

    /// <summary>Copies rows y0 … y0 + lanes − 1 into x-major lanes (lanes[x · n + k] = row k at x), or back.</summary>
    private static void Interleave(float[] data, int width, int y0, float[] lanes, bool toLanes)
    {
        var count = Vector<float>.Count;
        for (var k = 0; k < count; k++)
        {
            var row = (y0 + k) * width;
            for (var x = 0; x < width; x++)
            {
                if (toLanes)
                {
                    lanes[(x * count) + k] = data[row + x];
                }
                else
                {
                    data[row + x] = lanes[(x * count) + k];
                }
            }
        }
    }

    /// <summary><see cref="Line"/> on every lane of interleaved rows at once: the same float differences and double sums.</summary>
    // Fully optimised from the first call: a report draws only a few heatmaps, too few for tiered compilation to kick in.
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static void LanesLine(float[] source, float[] target, int width, int radius)
    {
        var count = Vector<float>.Count;
        var inverse = new Vector<double>(1.0 / ((2 * radius) + 1));
        var (sumLow, sumHigh) = LanesWindowSum(source, width, radius);
        for (var x = 0; x < width; x++)
        {
            Vector.Narrow(sumLow * inverse, sumHigh * inverse).CopyTo(target, x * count);
            var add = x + radius + 1;
            var remove = x - radius;
            // Only the window's ends near the edges need reflecting (a predictable branch, not a division per cell).
            add = add < width ? add : Reflect(add, width);
            remove = remove >= 0 ? remove : Reflect(remove, width);
            var difference = new Vector<float>(source, add * count) - new Vector<float>(source, remove * count);
            Vector.Widen(difference, out var low, out var high);
            sumLow += low;
            sumHigh += high;
        }
    }

    /// <summary><see cref="WindowSum"/> of every lane, as two halves of doubles.</summary>
    private static (Vector<double> Low, Vector<double> High) LanesWindowSum(float[] lanes, int width, int radius)
    {
        var count = Vector<float>.Count;
        var windowWidth = (2L * radius) + 1;
        var period = 2L * width;
        var (low, high) = (Vector<double>.Zero, Vector<double>.Zero);
        void Add(int x, double weight)
        {
            Vector.Widen(new Vector<float>(lanes, x * count), out var l, out var h);
            low += l * weight;
            high += h * weight;
        }

        if (windowWidth >= period)
        {
            for (var x = 0; x < width; x++)
            {
                Add(x, (windowWidth / period) * 2);
            }
        }

        var rest = (int)(windowWidth % period);
        for (var k = 0; k < rest; k++)
        {
            Add(Reflect(k - radius, width), 1);
        }

        return (low, high);
    }

    /// <summary>Box of radius r along one line: <paramref name="output"/>[x] = mean of line[x−r … x+r].</summary>
    // Fully optimised from the first call: a report draws only a few heatmaps, too few for tiered compilation to kick in.
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static void Line(ReadOnlySpan<float> line, Span<float> output, int radius)
    {
        var width = line.Length;
        var inverse = 1.0 / ((2 * radius) + 1);
        var sum = WindowSum(line, radius);
        // Only the window's ends near the edges need reflecting; the interior indexes the line directly.
        var interiorStart = Math.Min(width, radius);
        var interiorEnd = Math.Max(interiorStart, width - radius - 1);
        for (var x = 0; x < interiorStart; x++)
        {
            output[x] = (float)(sum * inverse);
            sum += line[Reflect(x + radius + 1, width)] - line[Reflect(x - radius, width)];
        }

        for (var x = interiorStart; x < interiorEnd; x++)
        {
            output[x] = (float)(sum * inverse);
            sum += line[x + radius + 1] - line[x - radius];
        }

        for (var x = interiorEnd; x < width; x++)
        {
            output[x] = (float)(sum * inverse);
            sum += line[Reflect(x + radius + 1, width)] - line[Reflect(x - radius, width)];
        }
    }

    /// <summary>Maps any index onto 0…n−1 by half-sample symmetric reflection.</summary>
    public static int Reflect(int i, int n)
    {
        var period = 2 * n;
        var m = i % period;
        if (m < 0)
        {
            m += period;
        }

        return m < n ? m : period - 1 - m;
    }

    /// <summary>Sum of the reflected line over −r…r in O(n): whole periods contribute twice the line's sum each.</summary>
    private static double WindowSum(ReadOnlySpan<float> line, int radius)
    {
        var n = line.Length;
        var windowWidth = (2L * radius) + 1;
        var period = 2L * n;
        double sum = 0;
        if (windowWidth >= period)
        {
            double lineSum = 0;
            foreach (var v in line)
            {
                lineSum += v;
            }

            sum = (windowWidth / period) * 2 * lineSum;
        }

        var rest = (int)(windowWidth % period);
        for (var k = 0; k < rest; k++)
        {
            sum += line[Reflect(k - radius, n)];
        }

        return sum;
    }
}
