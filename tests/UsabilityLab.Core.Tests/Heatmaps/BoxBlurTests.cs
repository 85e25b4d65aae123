using UsabilityLab.Core.Heatmaps;

namespace UsabilityLab.Core.Tests.Heatmaps;

public class BoxBlurTests
{
    [Theory]
    [InlineData(3)]
    [InlineData(5)]
    [InlineData(12)]
    [InlineData(40)]
    public void BoxWidths_AnySigma_ApproximatesSigmaWithinFivePercentOrQuarterPixel(double sigma)
    {
        var widths = BoxBlur.BoxWidths(sigma);

        Assert.Equal(3, widths.Length);
        Assert.All(widths, w => Assert.Equal(1, w % 2));
        // Integer box widths quantise the variance, which matters only for small σ.
        var tolerance = Math.Max(0.05 * sigma, 0.25);
        Assert.InRange(BoxBlur.AchievedSigma(widths), sigma - tolerance, sigma + tolerance);
    }

    [Fact]
    public void Gaussian_SinglePoint_VarianceMatchesSigmaSquared()
    {
        const int size = 201;
        const double sigma = 10;
        var grid = Impulse(size, size, 100, 100);

        BoxBlur.Gaussian(grid, size, size, sigma);

        // Second moment of the blurred impulse along x, compared with the Gaussian's σ².
        double mass = 0, m2 = 0;
        for (var y = 0; y < size; y++)
        {
            for (var x = 0; x < size; x++)
            {
                var v = grid[(y * size) + x];
                mass += v;
                m2 += v * (x - 100.0) * (x - 100.0);
            }
        }

        Assert.InRange(Math.Sqrt(m2 / mass), sigma * 0.95, sigma * 1.05);
    }

    [Fact]
    public void Gaussian_MatchesSampledGaussianProfile_WithinTolerance()
    {
        const int size = 161;
        const double sigma = 8;
        var grid = Impulse(size, 1, 80, 0);

        BoxBlur.Gaussian(grid, size, 1, sigma);

        var achieved = BoxBlur.AchievedSigma(BoxBlur.BoxWidths(sigma));
        for (var x = 0; x < size; x++)
        {
            var d = x - 80.0;
            var gaussian = Math.Exp(-d * d / (2 * achieved * achieved)) / (achieved * Math.Sqrt(2 * Math.PI));
            // Three boxes differ from the Gaussian by at most a few percent of its peak.
            Assert.InRange(grid[x] - gaussian, -0.004, 0.004);
        }
    }

    [Fact]
    public void Gaussian_PointNearEdge_PreservesMass()
    {
        var grid = Impulse(50, 40, 2, 37);

        BoxBlur.Gaussian(grid, 50, 40, 15);

        Assert.Equal(1.0, grid.Sum(v => (double)v), 4);
    }

    [Fact]
    public void Gaussian_RadiusLargerThanGrid_StaysFiniteAndPreservesMass()
    {
        var grid = Impulse(7, 5, 3, 2);

        BoxBlur.Gaussian(grid, 7, 5, 60);

        Assert.Equal(1.0, grid.Sum(v => (double)v), 4);
        Assert.All(grid, v => Assert.InRange(v, 0f, 1f));
    }

    [Fact]
    public void Gaussian_ZeroSigma_LeavesGridUnchanged()
    {
        var grid = Impulse(9, 9, 4, 4);

        BoxBlur.Gaussian(grid, 9, 9, 0);

        Assert.Equal(1f, grid[40]);
        Assert.Equal(1.0, grid.Sum(v => (double)v), 6);
    }

    [Fact]
    public void Gaussian_WrongLength_Throws()
    {
        Assert.Throws<ArgumentException>(() => BoxBlur.Gaussian(new float[10], 4, 4, 2));
    }

    [Fact]
    public void BoxWidths_NegativeSigma_Throws()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => BoxBlur.BoxWidths(-1));
    }

    private static float[] Impulse(int width, int height, int x, int y)
    {
        var grid = new float[width * height];
        grid[(y * width) + x] = 1;
        return grid;
    }
}
