using UsabilityLab.Core.Events;
using UsabilityLab.Core.Runs;
using UsabilityLab.Core.Sessions;
using UsabilityLab.Reporting.Report;

namespace UsabilityLab.Reporting.Tests.Report;

/// <summary>A heatmap over a page picture that leaves part of the page out says so under the heatmap.</summary>
public sealed class HeatmapSectionTests
{
    private const string FirstScreenNote = "only the first screen: the page was too large to keep whole (25.0 MB; limit 8 MB)";

    [Fact]
    public async Task RenderAsync_BackdropWithANote_PrintsTheNoteUnderTheHeatmap()
    {
        var model = ReportModelBuilder.Build(RunOnBigPage(FirstScreenNote));

        var html = await ReportHtmlRenderer.RenderAsync(model);

        Assert.Equal(FirstScreenNote, model.Tasks[0].Heatmap?.BackdropNote);
        Assert.Contains($"Page picture: {FirstScreenNote}.", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task RenderAsync_BackdropOfTheWholePage_NoNote()
    {
        var html = await ReportHtmlRenderer.RenderAsync(ReportModelBuilder.Build(RunOnBigPage(note: null)));

        Assert.Contains("Click heatmap", html, StringComparison.Ordinal);
        Assert.DoesNotContain("Page picture:", html, StringComparison.Ordinal);
    }

    /// <summary>One attempt with clicks on the first screen of a big page and one far below it, where its picture ends.</summary>
    private static ReportRun RunOnBigPage(string? note)
    {
        const string url = "http://big.test/big";
        RecordedEvent Click(double t, double y) => new()
        {
            Kind = EventKind.Click, SessionId = 1, AttemptId = 1, TimeMs = t, Url = url, X = 200, Y = y, ViewportWidth = 1280,
            Selector = "#go", Text = "Go", Interactive = true, BoxX = 150, BoxY = y - 20, BoxWidth = 100, BoxHeight = 40,
        };
        return new ReportRun
        {
            RunId = 1,
            StudyName = "Big page",
            Target = url,
            Mode = "Scripted",
            Tasks = [new StoredTask("big", "Big page", "Press Go.", 60, 0, [])],
            Participants = [new ParticipantSummary("P01", "typical", 1, "Completed", null)],
            Attempts = [new AttemptRecord { Id = 1, Participant = "P01", TaskId = "big", Outcome = AttemptOutcome.Success, TimeSeconds = 5, StartMs = 0, EndMs = 5_000 }],
            Events =
            [
                new() { Kind = EventKind.Navigation, SessionId = 1, AttemptId = 1, TimeMs = 0, Url = url, Detail = "load", ViewportWidth = 1280 },
                Click(1_000, 120), Click(2_000, 140), Click(3_000, 30_000),
            ],
            Answers = [],
            Snapshots = [new PageScreenshot("/big", 1280, 1280, 800, "Big", ReportEscapingTests.WhitePng(1280, 800), note)],
        };
    }
}
