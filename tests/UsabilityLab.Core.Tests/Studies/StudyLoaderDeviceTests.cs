using UsabilityLab.Core.Studies;

namespace UsabilityLab.Core.Tests.Studies;

/// <summary><c>devices:</c> (Playwright device names) and the <c>tap</c> step that needs a touch device.</summary>
public class StudyLoaderDeviceTests
{
    private static string[] With(string section) => StudyTexts.Parse(StudyTexts.Minimal + section + "\n").Located();

    [Fact]
    public void Parse_Devices_KeepsPlaywrightNamesInOrder()
    {
        var study = StudyTexts.Parse(StudyTexts.Minimal + "devices: [\"iPhone 13\", \"Pixel 7\", \"Desktop Chrome\"]\n").Study!;

        Assert.Equal(["iPhone 13", "Pixel 7", "Desktop Chrome"], study.Devices);
    }

    [Fact]
    public void Parse_NoDevices_LeavesTheDesktopBrowser() => Assert.Empty(StudyTexts.Parse(StudyTexts.Minimal).Study!.Devices);

    [Theory]
    [InlineData("devices: [\"iphone 13\"]", "9:11: unknown device 'iphone 13'; did you mean 'iPhone 13'?")]
    [InlineData("devices: [\"Pixel7\"]", "9:11: unknown device 'Pixel7'; did you mean 'Pixel 7'?")]
    [InlineData("devices: [\"Desktop Chrome\", Nokia 3310]", "9:29: unknown device 'Nokia 3310'; use a Playwright device name such as \"iPhone 13\", \"Pixel 7\" or \"Desktop Chrome\" (docs/study-format.md lists them)")]
    [InlineData("devices: [\"Pixel 7\", \"Pixel 7\"]", "9:22: device 'Pixel 7' is listed twice; participants are spread evenly over the devices listed, so list each once")]
    [InlineData("devices: []", "9:10: devices is empty; list at least one, e.g. devices: [\"iPhone 13\", \"Pixel 7\", \"Desktop Chrome\"], or leave the key out")]
    [InlineData("devices: iPhone 13", "9:10: devices must be a list, e.g. [\"iPhone 13\", \"Pixel 7\", \"Desktop Chrome\"]; got 'iPhone 13'")]
    public void Parse_BadDevices_ReportedWhereWritten(string section, string expected) => Assert.Equal([expected], With(section));

    [Fact]
    public void Parse_UnknownDevice_ReportsFileLineAndColumn()
    {
        var result = StudyTexts.Parse(StudyTexts.Minimal + "devices: [\"iPhone 13\", \"Pixel 77\"]\n");

        Assert.Null(result.Study);
        Assert.Equal("study.yaml:9:24: unknown device 'Pixel 77'; did you mean 'Pixel 7'?", Assert.Single(result.Diagnostics).ToString());
    }

    [Fact]
    public void Parse_ViewportWithDevices_WarnsThatTheDevicesViewportWins()
    {
        var result = StudyTexts.Parse(StudyTexts.Minimal + "viewport: { width: 1280, height: 800 }\ndevices: [\"Pixel 7\"]\n");

        Assert.NotNull(result.Study);
        var warning = Assert.Single(result.Diagnostics);
        Assert.True(warning.IsWarning);
        Assert.Equal("9:11: viewport is ignored: participants on a device get that device's viewport; remove viewport or devices", $"{warning.Line}:{warning.Column}: {warning.Message}");
    }

    [Fact]
    public void Parse_TapStepOnATouchDevice_ReadsATapStep()
    {
        var study = StudyTexts.Parse(StudyTexts.Minimal.Replace("      - url: /cart", "      - url: /cart\n    steps:\n      - tap: \"#menu\"", StringComparison.Ordinal) + "devices: [\"iPhone 13\"]\n").Study!;

        var tap = Assert.IsType<TapStep>(Assert.Single(study.Tasks[0].Steps));
        Assert.Equal("#menu", tap.Selector);
        Assert.Equal(1, study.Tasks[0].GoldenPathClicks);
    }

    [Theory]
    [InlineData("")]
    [InlineData("devices: [\"Desktop Chrome\"]\n")]
    public void Parse_TapStepWithoutATouchDevice_ReportedAtTheStep(string devices)
    {
        var yaml = StudyTexts.Minimal.Replace("      - url: /cart", "      - url: /cart\n    steps:\n      - tap: \"#menu\"", StringComparison.Ordinal) + devices;

        Assert.Equal(["10:14: tap needs a touch device; list one in devices: (e.g. devices: [\"iPhone 13\"]) or use click"], StudyTexts.Parse(yaml).Located());
    }
}
