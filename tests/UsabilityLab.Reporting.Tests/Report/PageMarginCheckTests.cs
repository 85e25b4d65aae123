using UsabilityLab.Reporting.Tests.Support;

namespace UsabilityLab.Reporting.Tests.Report;

/// <summary>The margin check itself: it must see ink in a side margin, and only there.</summary>
public class PageMarginCheckTests
{
    private const int Dpi = 50;

    // A4 at 50 dpi: 413 × 585 px; the side margins are 16 mm = 31.5 px.
    private static PageImage Page(params (int X, int Y)[] ink)
    {
        var pixels = Enumerable.Repeat((byte)255, 413 * 585).ToArray();
        foreach (var (x, y) in ink)
        {
            pixels[(y * 413) + x] = 0;
        }

        return new PageImage(1, 413, 585, pixels);
    }

    [Fact]
    public void Crossings_InkPastTheRightMargin_ReportedWithItsPlace()
    {
        var problem = Assert.Single(PageMargins.Crossings([Page((405, 300))], Dpi));

        Assert.StartsWith("page 1: ink at x = 205.7 mm, y = 152.4 mm", problem, StringComparison.Ordinal);
    }

    [Fact]
    public void Crossings_InkOnlyInsideTheContentBox_None() =>
        Assert.Empty(PageMargins.Crossings([Page((40, 30), (370, 560), (206, 300))], Dpi));
}
