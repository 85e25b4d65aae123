using UsabilityLab.Core.Heatmaps;

namespace UsabilityLab.Core.Tests.Heatmaps;

public class DensityMapTests
{
    [Fact]
    public void Compute_SinglePoint_SymmetricPeakAtThePoint()
    {
        var grid = DensityMap.Compute([new HeatPoint(60.5, 40.5)], 121, 81, sigma: 6);

        Assert.Equal((60, 40), grid.Peak);
        for (var d = 1; d < 15; d++)
        {
            Assert.Equal(grid[60 - d, 40], grid[60 + d, 40], 5);
            Assert.Equal(grid[60, 40 - d], grid[60, 40 + d], 5);
            Assert.Equal(grid[60 - d, 40], grid[60, 40 - d], 5);
            Assert.True(grid[60 + d, 40] < grid[60 + d - 1, 40]);
        }
    }

    [Fact]
    public void Compute_IsolatedClick_PeaksAtOneClick()
    {
        var grid = DensityMap.Compute([new HeatPoint(100, 100)], 200, 200);

        Assert.Equal(1.0, grid.Max, 3);
    }

    [Fact]
    public void Compute_ThreeClicksOnOneSpot_PeakIsThreeClicks()
    {
        var grid = DensityMap.Compute([new HeatPoint(50, 50), new HeatPoint(50, 50), new HeatPoint(50, 50), new HeatPoint(150, 150)], 200, 200, sigma: 8);

        Assert.Equal(3.0, grid.Max, 3);
        Assert.Equal((50, 50), grid.Peak);
        Assert.Equal(4, grid.Points);
    }

    [Fact]
    public void Compute_ManyPoints_MassEqualsPointsTimesKernelArea()
    {
        var random = new Random(7);
        var points = Enumerable.Range(0, 500).Select(_ => new HeatPoint(random.NextDouble() * 300, random.NextDouble() * 200)).ToArray();

        var grid = DensityMap.Compute(points, 300, 200, sigma: 10);

        // In click units each point's kernel sums to 1 / peak², so the mass is points / peak².
        var peak = DensityMap.ImpulsePeak(BoxBlur.BoxWidths(10));
        Assert.Equal(500 / (peak * peak), grid.Values.Sum(v => (double)v), 0);
    }

    [Fact]
    public void Compute_PointsOutsideOrKeyboardLike_AreCountedAsOutside()
    {
        var grid = DensityMap.Compute([new HeatPoint(-1, 5), new HeatPoint(5, 500), new HeatPoint(5, 5)], 10, 10, sigma: 1);

        Assert.Equal(2, grid.Outside);
        Assert.Equal(1, grid.Points);
    }

    [Fact]
    public void Compute_Scale_PlacesPointsOnDevicePixels()
    {
        var grid = DensityMap.Compute([new HeatPoint(20, 10)], 100, 60, sigma: 3, scale: 2);

        Assert.Equal((40, 20), grid.Peak);
    }

    [Fact]
    public void Compute_NoPoints_AllZero()
    {
        var grid = DensityMap.Compute([], 20, 20);

        Assert.Equal(0, grid.Max);
        Assert.All(grid.Normalized(), v => Assert.Equal(0, v));
    }

    [Fact]
    public void Compute_LargeGrid_CostDoesNotDependOnRadius()
    {
        // O(pixels): a radius as large as the grid must still finish (no timing assert, just that it completes
        // and stays a proper density) — a direct 2-D convolution at this σ would take minutes.
        var grid = DensityMap.Compute([new HeatPoint(640, 2000)], 1280, 4000, sigma: 400);

        Assert.Equal((640, 2000), grid.Peak);
        Assert.Equal(1.0, grid.Max, 2);
    }

    [Fact]
    public void Compute_ZeroWidth_Throws()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => DensityMap.Compute([], 0, 10));
    }

    [Fact]
    public void MaxOfRows_Band_LargestValueInsideTheBandOnly()
    {
        var grid = DensityMap.Compute([new HeatPoint(20, 20), new HeatPoint(20, 20), new HeatPoint(20, 150)], 40, 200, sigma: 4);

        Assert.Equal(grid.Max, grid.MaxOfRows(0, 200));
        Assert.Equal(grid[20, 150], grid.MaxOfRows(100, 100));
        Assert.True(grid.MaxOfRows(100, 100) < grid.Max);
    }

    [Fact]
    public void MaxOfRows_PastTheBottom_Throws()
    {
        var grid = DensityMap.Compute([], 10, 10);

        Assert.Throws<ArgumentOutOfRangeException>(() => grid.MaxOfRows(5, 6));
    }
}
