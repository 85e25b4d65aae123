using UsabilityLab.Core.Heatmaps;

namespace UsabilityLab.Core.Tests.Heatmaps;

/// <summary>The fused, vectorised passes against a direct box sum: same blur, whatever the grid's shape.</summary>
public class BoxRunsTests
{
    [Theory]
    [InlineData(37, 23, 3.0)]
    [InlineData(300, 41, 12.0)]
    [InlineData(263, 300, 5.5)]
    [InlineData(9, 7, 40.0)]
    [InlineData(1, 50, 4.0)]
    [InlineData(50, 1, 4.0)]
    public void Gaussian_RandomInput_EqualsDirectBoxSums(int width, int height, double sigma)
    {
        var random = new Random(width * 1000 + height);
        var grid = Enumerable.Range(0, width * height).Select(_ => random.NextDouble() < 0.2 ? (float)(random.NextDouble() * 5) : 0f).ToArray();
        var expected = Reference(grid, width, height, sigma);

        BoxBlur.Gaussian(grid, width, height, sigma);

        var scale = expected.Max();
        for (var i = 0; i < grid.Length; i++)
        {
            Assert.True(Math.Abs(grid[i] - expected[i]) <= 1e-5 * scale, $"cell {i % width},{i / width}: {grid[i]} vs {expected[i]}");
        }
    }

    [Fact]
    public void Columns_EvenNumberOfPasses_ResultInTheOriginalArray()
    {
        var data = new float[64 * 10];
        var scratch = new float[data.Length];

        Assert.Same(data, ColumnRuns.Columns(data, scratch, 64, 10, [2, 3], 1));
        Assert.Same(scratch, ColumnRuns.Columns(data, scratch, 64, 10, [2, 3, 1], 1));
    }

    /// <summary>The blur by definition: each pass averages the 2r + 1 reflected neighbours, rows then columns, in double.</summary>
    private static double[] Reference(float[] grid, int width, int height, double sigma)
    {
        var values = grid.Select(v => (double)v).ToArray();
        foreach (var w in BoxBlur.BoxWidths(sigma))
        {
            var r = (w - 1) / 2;
            values = Box(values, width, height, r, horizontal: true);
            values = Box(values, width, height, r, horizontal: false);
        }

        return values;
    }

    private static double[] Box(double[] values, int width, int height, int r, bool horizontal)
    {
        var result = new double[values.Length];
        for (var y = 0; y < height; y++)
        {
            for (var x = 0; x < width; x++)
            {
                double sum = 0;
                for (var k = -r; k <= r; k++)
                {
                    sum += horizontal
                        ? values[(y * width) + BoxRuns.Reflect(x + k, width)]
                        : values[(BoxRuns.Reflect(y + k, height) * width) + x];
                }

                result[(y * width) + x] = sum / ((2 * r) + 1);
            }
        }

        return result;
    }
}
