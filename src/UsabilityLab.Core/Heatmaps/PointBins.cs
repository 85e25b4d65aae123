namespace UsabilityLab.Core.Heatmaps;

/// <summary>Points summed into the grid cells they fall on (before blurring), with what fell outside counted.</summary>
internal struct PointBins(int width, int height, double scale)
{
    public float[] Cells { get; } = new float[width * height];

    /// <summary>Total weight of the points on the grid.</summary>
    public double Total { get; private set; }

    /// <summary>Points off the grid (or with a NaN coordinate).</summary>
    public int Outside { get; private set; }

    public void Add(HeatPoint p)
    {
        var x = (int)Math.Floor(p.X * scale);
        var y = (int)Math.Floor(p.Y * scale);
        if (x < 0 || y < 0 || x >= width || y >= height || double.IsNaN(p.X) || double.IsNaN(p.Y))
        {
            Outside++;
            return;
        }

        Cells[(y * width) + x] += (float)p.Weight;
        Total += p.Weight;
    }
}
