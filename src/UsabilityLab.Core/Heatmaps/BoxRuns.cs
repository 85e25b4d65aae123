using System.Collections.Concurrent;
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
    /// Every pass of <paramref name="radii"/> along each row, in place. All passes of one row run back to back while
    /// the row is in the L1 cache, instead of one sweep over the whole grid per pass.
    /// </summary>
    public static void Rows(float[] data, int width, int height, IReadOnlyList<int> radii)
    {
        if (radii.Count == 0)
        {
            return;
        }

        Parallel.ForEach(Partitioner.Create(0, height, RowsPerChunk), range =>
        {
            var buffer = new float[width];
            for (var y = range.Item1; y < range.Item2; y++)
            {
                var row = data.AsSpan(y * width, width);
                Span<float> source = row, target = buffer;
                foreach (var radius in radii)
                {
                    Line(source, target, radius);
                    var swap = source;
                    source = target;
                    target = swap;
                }

                if (radii.Count % 2 == 1)
                {
                    buffer.CopyTo(row);
                }
            }
        });
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
