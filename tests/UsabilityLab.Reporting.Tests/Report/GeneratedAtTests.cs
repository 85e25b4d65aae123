using Microsoft.Extensions.Time.Testing;
using UsabilityLab.Core.Reports;
using UsabilityLab.Core.Runs;
using UsabilityLab.Core.Sessions;
using UsabilityLab.Reporting.Report;

namespace UsabilityLab.Reporting.Tests.Report;

/// <summary>The cover's "generated at" and the time a report took are read from the clock the report is given.</summary>
public sealed class GeneratedAtTests
{
    private static readonly DateTimeOffset Now = new(2026, 3, 14, 9, 30, 0, TimeSpan.Zero);

    [Fact]
    public async Task Build_OnAFakeClock_CoverSaysThatClocksTime()
    {
        var model = ReportModelBuilder.Build(Run(), time: new FakeTimeProvider(Now));

        Assert.Equal(Now, model.GeneratedAt);
        Assert.Contains("Generated 2026-03-14 09:30 UTC", await ReportHtmlRenderer.RenderAsync(model), StringComparison.Ordinal);
    }

    [Fact]
    public async Task WriteAsync_HtmlOnAFakeClock_DateAndTimeTakenAreThatClocks()
    {
        var folder = Directory.CreateTempSubdirectory("lab-report-clock-");
        try
        {
            var files = await ReportWriter.WriteAsync(Run(), null, folder.FullName, ReportFormat.Html, null, CancellationToken.None, time: new FakeTimeProvider(Now));

            Assert.Contains("Generated 2026-03-14 09:30 UTC", await File.ReadAllTextAsync(files.HtmlPath!), StringComparison.Ordinal);
            Assert.Equal(TimeSpan.Zero, files.Elapsed); // the fake clock stood still while the report was written
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }

    private static ReportRun Run()
    {
        var attempt = new AttemptRecord { Id = 1, Participant = "P01", TaskId = "t1", TimeSeconds = 10, EndMs = 10_000, Outcome = AttemptOutcome.Success };
        return new ReportRun
        {
            RunId = 1,
            StudyName = "Clock",
            Target = "http://shop.test/",
            Mode = "Scripted",
            StartedAt = new DateTimeOffset(2026, 1, 2, 3, 4, 5, TimeSpan.Zero),
            Tasks = [new StoredTask("t1", "Find it", "Find it.", 60, 0, [])],
            Participants = [new ParticipantSummary("P01", "typical", 1, "Completed", null, null)],
            Attempts = [attempt],
            Events = [],
            Answers = [],
            Snapshots = [],
        };
    }
}
