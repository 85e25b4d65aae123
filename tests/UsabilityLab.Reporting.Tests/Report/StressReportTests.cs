using System.Text.RegularExpressions;
using UglyToad.PdfPig;
using UsabilityLab.Reporting.Tests.Support;

namespace UsabilityLab.Reporting.Tests.Report;

/// <summary>What a stakeholder sees in the printed stress report (<see cref="StressReport"/>): pages and words.</summary>
[Collection(StressReportCollection.Name)]
public partial class StressReportTests(StressReport report)
{
    private const int Dpi = 50;

    [Fact]
    public async Task Pdf_WideHeatmapLongPageKeyAndComparison_NoDrawingCrossesTheSideMargins()
    {
        var pages = await PageImages.RenderAsync(report.PdfPath, Dpi);

        Assert.NotEmpty(pages);
        Assert.Empty(PageMargins.Crossings(pages, Dpi));
    }

    [Fact]
    public void Pdf_ComparisonOfAMixedRunWithAnExactRun_WarnsNotLikeForLike()
    {
        var page = ComparisonPage();

        Assert.Contains("Not like for like: run A was recorded with simulated participants (mixed personas), run B with the exact persona", page, StringComparison.Ordinal);
    }

    [Fact]
    public void Pdf_DifferenceBeyondThreeDecimals_PrintsPLessThan0001NeverPEquals0000()
    {
        var page = ComparisonPage();

        Assert.Contains("p < 0.001", page, StringComparison.Ordinal);
        Assert.DoesNotContain("p = 0.000", page, StringComparison.Ordinal);
    }

    [Fact]
    public void Pdf_NegativeDifferenceAndInterval_OneTypographicMinusAndReadableRange()
    {
        var page = ComparisonPage();

        // 0 of 30 against 30 of 30: −100 points, and an interval whose bounds are both negative.
        Assert.Contains("−100 points", page, StringComparison.Ordinal);
        Assert.Matches(@"CI.*−100 to −\d+;", page);
        Assert.DoesNotMatch(HyphenMinus(), page);
        Assert.DoesNotContain("–−", page, StringComparison.Ordinal);
    }

    [Fact]
    public void Pdf_TaskNobodyCompletedWithLongTimes_ChartLabelIsPrintedWhole()
    {
        using var pdf = PdfDocument.Open(report.PdfPath);
        var text = string.Join("\n", pdf.GetPages().Select(p => p.Text));

        // Clipped at the plot's edge it printed "no succes"; the methodology's "no success time" is no label.
        Assert.Contains("nosuccessfulattempt", Squash(text), StringComparison.Ordinal);
        Assert.Equal(0, Regex.Count(Squash(text), "nosucc(?!essfulattempt|esstime)"));
    }

    private string ComparisonPage()
    {
        using var pdf = PdfDocument.Open(report.PdfPath);
        // No-break spaces keep a statistic on one line; read them as the spaces they look like.
        var pages = pdf.GetPages().Select(p => string.Join(" ", p.GetWords().Select(w => w.Text)).Replace('\u00A0', ' ')).ToArray();
        return Assert.Single(pages, p => p.Contains("(A) compared with", StringComparison.Ordinal));
    }

    private static string Squash(string s) => string.Concat(s.Where(c => !char.IsWhiteSpace(c)));

    // A hyphen-minus used as a sign: before a digit, not inside a word, a date or a path.
    [GeneratedRegex(@"(?<![\w/.\-])-\d")]
    private static partial Regex HyphenMinus();
}
