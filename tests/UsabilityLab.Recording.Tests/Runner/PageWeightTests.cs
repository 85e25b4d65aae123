using UsabilityLab.Recording.Runner;

namespace UsabilityLab.Recording.Tests.Runner;

/// <summary>Which pages are archived whole, and what the note of one that is not says.</summary>
public sealed class PageWeightTests
{
    [Fact]
    public void WhyNotWhole_WithinTheCaps_Null()
    {
        var weight = new PageWeight(BackdropLimits.MaxArchiveBytes, BackdropLimits.MaxArchiveElements, StillParsing: false, Scrolled: false, "Shop");

        Assert.Null(weight.WhyNotWhole(10_000));
    }

    [Fact]
    public void WhyNotWhole_25MbPage_SaysItsSizeAndTheLimit()
    {
        var weight = new PageWeight(25_312_000, 0, StillParsing: false, Scrolled: false, "Big");

        Assert.Equal("the page was too large to keep whole (25.3 MB; limit 8 MB)", weight.WhyNotWhole(10_000));
    }

    [Fact]
    public void WhyNotWhole_DomBuiltByScript_SaysItsElementCount()
    {
        var weight = new PageWeight(400_000, 312_500, StillParsing: false, Scrolled: false, "App");

        Assert.Equal("the page was too large to keep whole (312,500 elements; limit 250,000)", weight.WhyNotWhole(10_000));
    }

    [Fact]
    public void WhyNotWhole_DocumentStillBeingRead_SaysHowLongItHad()
    {
        var weight = new PageWeight(0, 90_000, StillParsing: true, Scrolled: false, "Big");

        Assert.Equal("the page was still loading after 40 s", weight.WhyNotWhole(40_200));
    }
}
