using UsabilityLab.Core.Runs;
using UsabilityLab.Core.Sessions;
using UsabilityLab.Reporting.Report;

namespace UsabilityLab.Reporting.Tests.Report;

public sealed class ObservationsTests
{
    private static ReportRun ModeratedRun()
    {
        var overridden = new AttemptRecord
        {
            Id = 1, Participant = "P01", TaskId = "checkout", Outcome = AttemptOutcome.Success, AutomaticOutcome = AttemptOutcome.Abandoned,
            TimeSeconds = 40, StartMs = 10_000, EndMs = 50_000,
        };
        var plain = new AttemptRecord { Id = 2, Participant = "P02", TaskId = "checkout", Outcome = AttemptOutcome.Success, TimeSeconds = 30, StartMs = 0, EndMs = 30_000 };
        return new ReportRun
        {
            RunId = 3,
            StudyName = "Moderated study",
            Target = "http://shop.test/",
            Mode = "Moderated",
            Tasks = [new StoredTask("checkout", "Check out", "Buy it.", 180, 0, [])],
            Participants = [new ParticipantSummary("P01", "human", 1, "Completed", null), new ParticipantSummary("P02", "human", 1, "Completed", null)],
            Attempts = [overridden, plain],
            Events = [],
            Answers = [],
            Snapshots = [],
            Observations =
            [
                new ReportObservation("checkout", "P01", 75, "issue", 3, "Could not find <b>Place order</b> below the fold", ReportEscapingTests.WhitePng(64, 40)),
                new ReportObservation("checkout", "P02", 12, "quote", 1, "\"Where is the button?\"", null),
                new ReportObservation("checkout", "P02", 20, "issue", 4, "Gave up on the coupon", null),
            ],
        };
    }

    [Fact]
    public async Task RenderAsync_ModeratedRun_ObservationsWithTimeTagSeverityAndFrame()
    {
        var html = await ReportHtmlRenderer.RenderAsync(ReportModelBuilder.Build(ModeratedRun()));

        Assert.Contains("<h3>Observations</h3>", html, StringComparison.Ordinal);
        Assert.Contains("P01 · 1:15", html, StringComparison.Ordinal);
        Assert.Contains("Could not find &lt;b&gt;Place order&lt;/b&gt; below the fold", html, StringComparison.Ordinal);
        Assert.Contains("src=\"data:image/jpeg;base64,", html, StringComparison.Ordinal);
        Assert.Contains("P01: success (set by the moderator; the automatic criteria said abandoned)", html, StringComparison.Ordinal);
        Assert.DoesNotContain("P02: success (set by the moderator", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task RenderAsync_Issues_GroupedBySeverity_MostSevereFirst()
    {
        var html = await ReportHtmlRenderer.RenderAsync(ReportModelBuilder.Build(ModeratedRun()));

        var critical = html.IndexOf("<h4>Severity 4", StringComparison.Ordinal);
        var major = html.IndexOf("<h4>Severity 3", StringComparison.Ordinal);
        Assert.True(critical > 0 && major > critical, "critical issues come first");
        Assert.DoesNotContain("<h4>Severity 1", html, StringComparison.Ordinal); // the severity-1 note is a quote, not an issue
    }
}
