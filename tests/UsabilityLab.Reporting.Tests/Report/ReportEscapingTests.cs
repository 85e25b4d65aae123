using SkiaSharp;
using UsabilityLab.Core.Events;
using UsabilityLab.Core.Runs;
using UsabilityLab.Core.Sessions;
using UsabilityLab.Reporting.Report;

namespace UsabilityLab.Reporting.Tests.Report;

public class ReportEscapingTests
{
    private const string Evil = "<script>alert('x')</script>";

    [Fact]
    public async Task RenderAsync_PageDataWithScriptTags_RendersAsText()
    {
        var model = ReportModelBuilder.Build(HostileRun());

        var html = await ReportHtmlRenderer.RenderAsync(model);

        Assert.DoesNotContain("<script", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("<img src=x", html, StringComparison.Ordinal);
        Assert.Contains("&lt;script&gt;", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task RenderAsync_Methodology_EmbedsMetricsDocument()
    {
        var html = await ReportHtmlRenderer.RenderAsync(ReportModelBuilder.Build(HostileRun()));

        Assert.Contains("adjusted-Wald", html, StringComparison.Ordinal);
        Assert.Contains("<table>", html, StringComparison.Ordinal);
        Assert.Contains("Sauro", html, StringComparison.Ordinal);
    }

    [Fact]
    public void Build_NoStudyNoAnswers_StillProducesSectionsWithoutData()
    {
        var model = ReportModelBuilder.Build(HostileRun());

        Assert.Single(model.Tasks);
        Assert.Null(model.Analysis.Sus);
        Assert.Equal(TrafficLight.Red, model.Summary[0].Light);
        Assert.NotNull(model.Tasks[0].Heatmap);
    }

    /// <summary>A run whose target page is hostile: title, element text, selector and error message all carry markup.</summary>
    private static ReportRun HostileRun()
    {
        const string url = "http://evil.test/p";
        var attempt = new AttemptRecord { Id = 1, Participant = "P01", TaskId = "t1", Outcome = AttemptOutcome.Failed, TimeSeconds = 12, StartMs = 0, EndMs = 12_000 };
        RecordedEvent Click(double t) => new()
        {
            Kind = EventKind.Click, SessionId = 1, AttemptId = 1, TimeMs = t, Url = url, X = 200, Y = 150, ViewportWidth = 1280,
            Selector = "div[title=\"<img src=x onerror=alert(1)>\"]", Text = Evil, Interactive = false, BoxX = 150, BoxY = 120, BoxWidth = 100, BoxHeight = 60,
        };
        RecordedEvent[] events =
        [
            new() { Kind = EventKind.Navigation, SessionId = 1, AttemptId = 1, TimeMs = 0, Url = url, Detail = "load", ViewportWidth = 1280 },
            Click(1000), Click(1200), Click(1400),
            new() { Kind = EventKind.PageError, SessionId = 1, AttemptId = 1, TimeMs = 1500, Url = url, Detail = Evil, ViewportWidth = 1280 },
        ];
        return new ReportRun
        {
            RunId = 7,
            StudyName = "Study " + Evil,
            Target = url + "?q=" + Evil,
            Mode = "Moderated",
            StartedAt = new DateTimeOffset(2026, 1, 2, 3, 4, 5, TimeSpan.Zero),
            Tasks = [new StoredTask("t1", "Task " + Evil, "Prompt " + Evil, 60, 0, [])],
            Participants = [new ParticipantSummary("P01", "human", 1, "Completed", Evil)],
            Attempts = [attempt],
            Events = events,
            Answers = [],
            Snapshots = [new PageScreenshot("/p", 1280, 1280, 900, Evil, WhitePng(1280, 900))],
        };
    }

    internal static byte[] WhitePng(int width, int height)
    {
        using var bitmap = new SKBitmap(width, height);
        bitmap.Erase(SKColors.White);
        using var image = SKImage.FromBitmap(bitmap);
        using var data = image.Encode(SKEncodedImageFormat.Png, 100);
        return data.ToArray();
    }
}
