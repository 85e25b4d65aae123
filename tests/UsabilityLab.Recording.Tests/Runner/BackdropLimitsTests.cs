using UsabilityLab.Recording.Runner;

namespace UsabilityLab.Recording.Tests.Runner;

/// <summary>The note a backdrop cut at the painting cap carries.</summary>
public sealed class BackdropLimitsTests
{
    [Theory]
    [InlineData(1280, 16_384, null)]
    [InlineData(1280, 100_000, "cut at 16,384 px: the page is 100,000 px tall")]
    [InlineData(20_000, 900, "cut at 16,384 px wide: the page is 20,000 px wide")]
    public void CutNote_PageSize_SaysWhereItWasCut(int width, int height, string? note)
    {
        Assert.Equal(note, BackdropLimits.CutNote(width, height));
    }
}
