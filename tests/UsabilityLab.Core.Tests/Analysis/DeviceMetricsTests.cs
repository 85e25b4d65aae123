using UsabilityLab.Core.Analysis;

namespace UsabilityLab.Core.Tests.Analysis;

public class DeviceMetricsTests
{
    [Fact]
    public void Analyze_AttemptsOnTwoDevices_SplitsTaskMetricsByDevice()
    {
        var attempts = SyntheticRun.Attempts.Select(a => a with { Device = a.Participant is "P1" or "P3" ? "iPhone 13" : "Desktop Chrome" }).ToArray();

        var analysis = RunAnalyzer.Analyze(SyntheticRun.Study, attempts, SyntheticRun.Events, SyntheticRun.Answers);

        Assert.Equal(["iPhone 13", "Desktop Chrome"], analysis.Devices.Select(d => d.Device));
        var phone = analysis.Devices[0];
        Assert.Equal(2, phone.Participants);
        var findShoes = phone.Tasks.Single(t => t.Id == "find-shoes");
        Assert.Equal((2, 1), (findShoes.Attempts, findShoes.Successes)); // P1 succeeded, P3 failed
        var desktop = analysis.Devices[1].Tasks.Single(t => t.Id == "find-shoes");
        Assert.Equal((2, 1), (desktop.Attempts, desktop.Successes)); // P2 succeeded, P4 abandoned (its interrupted attempt left out)
    }

    [Fact]
    public void Analyze_OneDeviceOnly_NoSplit()
    {
        var attempts = SyntheticRun.Attempts.Select(a => a with { Device = "Pixel 7" }).ToArray();

        Assert.Empty(RunAnalyzer.Analyze(SyntheticRun.Study, attempts, SyntheticRun.Events, SyntheticRun.Answers).Devices);
        Assert.Empty(RunAnalyzer.Analyze(SyntheticRun.Study, SyntheticRun.Attempts, SyntheticRun.Events, SyntheticRun.Answers).Devices);
    }
}
