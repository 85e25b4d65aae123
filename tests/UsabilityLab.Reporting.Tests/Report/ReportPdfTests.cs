using System.Globalization;
using System.Text.RegularExpressions;
using UglyToad.PdfPig;
using UsabilityLab.Reporting.Tests.Support;

namespace UsabilityLab.Reporting.Tests.Report;

[Collection(RecordedDemoRunCollection.Name)]
public class ReportPdfTests(RecordedDemoRun demo)
{
    [Fact]
    public void Pdf_DemoRun_ContainsTaskTitlesAndCompletionFigures()
    {
        var text = PdfText();

        foreach (var task in demo.Model.Analysis.Tasks)
        {
            Assert.Contains($"Task {demo.Model.Analysis.Tasks.ToList().IndexOf(task) + 1}: {task.Title}", text, StringComparison.Ordinal);
            // The completion figure as the summary and the metrics table print it, e.g. "2 of 3 (67 %)".
            var rate = string.Create(CultureInfo.InvariantCulture, $"{task.Successes} of {task.Attempts} ({task.SuccessRate * 100:0} %)");
            Assert.Contains(rate, text, StringComparison.Ordinal);
        }

    }

    [Fact]
    public void Pdf_SimulatedRun_NoSusSeqOrNpsOnlyNotMeasured()
    {
        var text = string.Join("\n", ReportPages());

        Assert.True(demo.Model.Simulated);
        Assert.Null(demo.Model.Analysis.Sus);
        Assert.Null(demo.Model.Analysis.Nps);
        Assert.Contains("not measured: simulated participants", text, StringComparison.Ordinal);
        foreach (var score in new[] { "SUS score", "Net Promoter Score", "NPS +", "grade A", "grade B", "grade C", "grade D", "grade F", "SEQ rating", "Single Ease Question" })
        {
            Assert.DoesNotContain(score, text, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void Pdf_SimulatedRun_EveryPageSaysSimulatedParticipants()
    {
        var pages = ReportPages();

        // Every page before the methodology (which quotes docs/metrics.md about participants in general).
        Assert.All(pages, p => Assert.DoesNotMatch(new Regex("(?<!simulated )participant", RegexOptions.IgnoreCase), p));
        Assert.Contains(pages, p => p.Contains("simulated participants", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Pdf_DemoRun_NoDrawingCrossesTheSideMargins()
    {
        const int dpi = 50;

        var pages = await PageImages.RenderAsync(demo.Files.PdfPath!, dpi);

        using var pdf = PdfDocument.Open(demo.Files.PdfPath!);
        Assert.Equal(pdf.NumberOfPages, pages.Count);
        Assert.Empty(PageMargins.Crossings(pages, dpi));
    }

    [Fact]
    public void Pdf_DemoRun_EverySectionStartsItsOwnPageInOrder()
    {
        using var pdf = PdfDocument.Open(demo.Files.PdfPath!);
        var pages = pdf.GetPages().Select(p => p.Text).ToArray();
        var headings = new List<string> { "Usability test report", "Executive summary", "Tasks at a glance" };
        headings.AddRange(demo.Model.Tasks.Select(t => $"Task {t.Number}: {t.Title}"));
        headings.AddRange(["Questionnaires", $"Appendix: {demo.Model.People}", "Methodology"]);

        var starts = headings.Select(h => Array.FindIndex(pages, p => BodyStart(p).StartsWith(Squash(h), StringComparison.OrdinalIgnoreCase))).ToArray();

        Assert.All(starts.Zip(headings), s => Assert.True(s.First >= 0, $"no page starts with \"{s.Second}\""));
        Assert.Equal(starts.Order(), starts);
        Assert.Equal(starts.Length, starts.Distinct().Count());
        // Sections plus the pages that overflow (task details, the long methodology) — and no blank trailing page.
        Assert.InRange(pages.Length, headings.Count, headings.Count + demo.Model.Tasks.Count + 12);
        Assert.Contains("Welch", pages[^1] + pages[^2], StringComparison.Ordinal);
    }

    [Fact]
    public void Pdf_DemoRun_HeaderNamesStudyAndFooterNumbersPages()
    {
        using var pdf = PdfDocument.Open(demo.Files.PdfPath!);

        foreach (var page in pdf.GetPages())
        {
            var text = Squash(page.Text);
            Assert.Contains(Squash(demo.Run.StudyName), text, StringComparison.Ordinal);
            Assert.Contains(Squash($"Page {page.Number} of {pdf.NumberOfPages}"), text, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void ReportWriter_DemoRun_WritesBothFilesWithoutPartials()
    {
        Assert.True(File.Exists(demo.Files.PdfPath));
        Assert.True(File.Exists(demo.Files.HtmlPath));
        Assert.Empty(Directory.GetFiles(Path.GetDirectoryName(demo.Files.PdfPath)!, "*.partial"));
        Assert.StartsWith("%PDF", File.ReadAllText(demo.Files.PdfPath!)[..4], StringComparison.Ordinal);
    }

    /// <summary>The words of every page before the methodology, one string per page.</summary>
    private string[] ReportPages()
    {
        using var pdf = PdfDocument.Open(demo.Files.PdfPath!);
        var pages = pdf.GetPages().Select(p => string.Join(" ", p.GetWords().Select(w => w.Text))).ToArray();
        var methodology = Array.FindIndex(pages, p => BodyStart(p).StartsWith("Methodology", StringComparison.Ordinal));
        return pages[..methodology];
    }

    private string PdfText()
    {
        using var pdf = PdfDocument.Open(demo.Files.PdfPath!);
        return string.Join("\n", pdf.GetPages().Select(p => string.Join(" ", p.GetWords().Select(w => w.Text))));
    }

    /// <summary>
    /// Page text after the running header and footer (study name, "Usability test report", "Page N of M",
    /// "UsabilityLab report": Chromium writes the margin boxes before the page's body), without spaces.
    /// </summary>
    private string BodyStart(string pageText)
    {
        var furniture = new Regex("^" + Regex.Escape(Squash(demo.Run.StudyName)) + "Usabilitytestreport(?:Page\\d+of\\d+|UsabilityLabreport)*", RegexOptions.CultureInvariant);
        var squashed = Squash(pageText);
        return squashed[furniture.Match(squashed).Length..];
    }

    // PdfPig's page text joins letters without the spaces Chromium positions between words.
    private static string Squash(string s) => string.Concat(s.Where(c => !char.IsWhiteSpace(c)));
}
