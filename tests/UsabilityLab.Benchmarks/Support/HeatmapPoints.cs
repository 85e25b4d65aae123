using UsabilityLab.Core.Heatmaps;

namespace UsabilityLab.Benchmarks.Support;

/// <summary>
/// Click positions on a 1280×4000 page, deterministic from a seed: 90 % around 40 targets (buttons, links: Gaussian
/// spread of 15 px), 10 % anywhere. Integer pixels, so our density and heatmap.js see exactly the same points.
/// </summary>
internal sealed record HeatmapPoints(int Width, int Height, ushort[] XY)
{
    public int Count => XY.Length / 2;

    public static HeatmapPoints Create(int count, int width = 1280, int height = 4000, int seed = 5)
    {
        var random = new Random(seed);
        var targets = Enumerable.Range(0, 40).Select(_ => (X: 60 + (random.NextDouble() * (width - 120)), Y: 60 + (random.NextDouble() * (height - 120)))).ToArray();
        var xy = new ushort[count * 2];
        for (var i = 0; i < count; i++)
        {
            double x, y;
            if (random.Next(10) == 0)
            {
                (x, y) = (random.NextDouble() * width, random.NextDouble() * height);
            }
            else
            {
                var t = targets[random.Next(targets.Length)];
                (x, y) = (t.X + (Gaussian(random) * 15), t.Y + (Gaussian(random) * 15));
            }

            xy[2 * i] = (ushort)Math.Clamp(Math.Round(x), 0, width - 1);
            xy[(2 * i) + 1] = (ushort)Math.Clamp(Math.Round(y), 0, height - 1);
        }

        return new HeatmapPoints(width, height, xy);
    }

    public HeatPoint[] ToHeatPoints()
    {
        var points = new HeatPoint[Count];
        for (var i = 0; i < points.Length; i++)
        {
            points[i] = new HeatPoint(XY[2 * i], XY[(2 * i) + 1]);
        }

        return points;
    }

    /// <summary>Most clicks on one pixel: heatmap.js's colour scale maximum for the same data.</summary>
    public int MaxPerPixel() => Enumerable.Range(0, Count).GroupBy(i => (XY[2 * i], XY[(2 * i) + 1])).Max(g => g.Count());

    /// <summary>Little-endian x,y pairs as base64, to hand the very same points to the page.</summary>
    public string ToBase64()
    {
        var bytes = new byte[XY.Length * 2];
        Buffer.BlockCopy(XY, 0, bytes, 0, bytes.Length);
        return Convert.ToBase64String(bytes);
    }

    private static double Gaussian(Random random) =>
        Math.Sqrt(-2.0 * Math.Log(1.0 - random.NextDouble())) * Math.Cos(2 * Math.PI * random.NextDouble());
}
