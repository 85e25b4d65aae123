namespace UsabilityLab.Core.Heatmaps;

/// <summary>
/// One box pass as running sums. Indices outside the grid reflect (…, 1, 0 | 0, 1, …, n−1 | n−1, n−2, …), i.e. the
/// signal is treated as periodic with period 2n, so a window of any width is summed in O(n) per line.
/// </summary>
internal static class BoxRuns
{
    /// <summary>Box of radius r along each row: <paramref name="target"/>[y, x] = mean of source[y, x−r … x+r].</summary>
    public static void Horizontal(float[] source, float[] target, int width, int height, int radius)
    {
        var inverse = 1.0 / ((2 * radius) + 1);
        Parallel.For(0, height, y =>
        {
            var row = source.AsSpan(y * width, width);
            var output = target.AsSpan(y * width, width);
            var sum = WindowSum(row, radius);
            // Only the window's ends near the edges need reflecting; the interior indexes the row directly.
            var interiorStart = Math.Min(width, radius);
            var interiorEnd = Math.Max(interiorStart, width - radius - 1);
            for (var x = 0; x < interiorStart; x++)
            {
                output[x] = (float)(sum * inverse);
                sum += row[Reflect(x + radius + 1, width)] - row[Reflect(x - radius, width)];
            }

            for (var x = interiorStart; x < interiorEnd; x++)
            {
                output[x] = (float)(sum * inverse);
                sum += row[x + radius + 1] - row[x - radius];
            }

            for (var x = interiorEnd; x < width; x++)
            {
                output[x] = (float)(sum * inverse);
                sum += row[Reflect(x + radius + 1, width)] - row[Reflect(x - radius, width)];
            }
        });
    }

    /// <summary>
    /// Box of radius r along each column, processed row by row with one running sum per column so memory is read in
    /// order (a column walk over a row-major grid would miss the cache on every cell).
    /// </summary>
    public static void Vertical(float[] source, float[] target, int width, int height, int radius)
    {
        var inverse = 1.0 / ((2 * radius) + 1);
        var stripes = Math.Max(1, Math.Min(Environment.ProcessorCount, width / 64));
        Parallel.For(0, stripes, stripe =>
        {
            var x0 = stripe * width / stripes;
            var x1 = (stripe + 1) * width / stripes;
            var sums = InitialColumnSums(source, width, height, radius, x0, x1);
            for (var y = 0; y < height; y++)
            {
                var add = source.AsSpan(Reflect(y + radius + 1, height) * width, width);
                var remove = source.AsSpan(Reflect(y - radius, height) * width, width);
                var output = target.AsSpan(y * width, width);
                for (var x = x0; x < x1; x++)
                {
                    ref var sum = ref sums[x - x0];
                    output[x] = (float)(sum * inverse);
                    sum += add[x] - remove[x];
                }
            }
        });
    }

    /// <summary>The reflected window −r…r of every column in x0…x1, accumulated row by row (cache-friendly).</summary>
    private static double[] InitialColumnSums(float[] source, int width, int height, int radius, int x0, int x1)
    {
        var sums = new double[x1 - x0];
        var windowWidth = (2L * radius) + 1;
        var period = 2L * height;
        var periods = windowWidth / period;
        if (periods > 0)
        {
            for (var y = 0; y < height; y++)
            {
                var row = source.AsSpan((y * width) + x0, x1 - x0);
                for (var i = 0; i < row.Length; i++)
                {
                    sums[i] += 2 * periods * (double)row[i];
                }
            }
        }

        var rest = (int)(windowWidth % period);
        for (var k = 0; k < rest; k++)
        {
            var row = source.AsSpan((Reflect(k - radius, height) * width) + x0, x1 - x0);
            for (var i = 0; i < row.Length; i++)
            {
                sums[i] += row[i];
            }
        }

        return sums;
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
        double lineSum = 0;
        foreach (var v in line)
        {
            lineSum += v;
        }

        var sum = (windowWidth / period) * 2 * lineSum;
        var rest = (int)(windowWidth % period);
        for (var k = 0; k < rest; k++)
        {
            sum += line[Reflect(k - radius, n)];
        }

        return sum;
    }
}
