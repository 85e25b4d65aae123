using UsabilityLab.Core.Runs;
using UsabilityLab.Core.Sessions;
using UsabilityLab.Reporting.Report;

namespace UsabilityLab.Reporting.Tests.Report;

public class DeviceSplitTests
{
    [Fact]
    public async Task RenderAsync_ParticipantsOnTwoDevices_ShowsCompletionPerDevice()
    {
        var html = await ReportHtmlRenderer.RenderAsync(ReportModelBuilder.Build(Run("iPhone 13", "iPhone 13", "Desktop Chrome")));

        Assert.Contains("<h2>By device</h2>", html, StringComparison.Ordinal);
        Assert.Contains("iPhone 13 <span class=\"muted\">(2 simulated participants)</span>", html, StringComparison.Ordinal);
        Assert.Contains("1 of 2 (50 %)", html, StringComparison.Ordinal); // P01 succeeded on the phone, P02 did not
        Assert.Contains("Desktop Chrome <span class=\"muted\">(1 simulated participant)</span>", html, StringComparison.Ordinal);
        Assert.Contains("<td>typical &#xB7; iPhone 13</td>", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task RenderAsync_OneDevice_NoSplit()
    {
        var html = await ReportHtmlRenderer.RenderAsync(ReportModelBuilder.Build(Run("Pixel 7", "Pixel 7", "Pixel 7")));

        Assert.DoesNotContain("By device", html, StringComparison.Ordinal);
    }

    private static ReportRun Run(params string[] devices)
    {
        var attempts = devices.Select((device, i) => new AttemptRecord
        {
            Id = i + 1, Participant = $"P0{i + 1}", Device = device, TaskId = "t1", TimeSeconds = 10 + i, EndMs = 10_000,
            Outcome = i == 1 ? AttemptOutcome.Failed : AttemptOutcome.Success,
        }).ToArray();
        return new ReportRun
        {
            RunId = 1,
            StudyName = "Phones",
            Target = "http://shop.test/",
            Mode = "Scripted",
            StartedAt = new DateTimeOffset(2026, 1, 2, 3, 4, 5, TimeSpan.Zero),
            Tasks = [new StoredTask("t1", "Find it", "Find it.", 60, 0, [])],
            Participants = [.. attempts.Select(a => new ParticipantSummary(a.Participant, "typical", 1, "Completed", null, a.Device))],
            Attempts = attempts,
            Events = [],
            Answers = [],
            Snapshots = [],
        };
    }
}
