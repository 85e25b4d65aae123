using System.Text.RegularExpressions;
using UsabilityLab.Core.Errors;

namespace UsabilityLab.Browser.Tests;

public sealed class BrowserDiscoveryTests
{
    private static BrowserDiscovery With(Dictionary<string, string> env, params string[] executables) =>
        new(name => env.GetValueOrDefault(name), path => executables.Contains(path));

    [Fact]
    public void Find_ConfiguredPath_WinsOverEverything()
    {
        var discovery = With(new() { ["USABILITYLAB_BROWSER"] = "/opt/env/chrome" }, "/opt/cfg/chrome", "/opt/env/chrome", "/usr/bin/chromium");

        Assert.Equal("/opt/cfg/chrome", discovery.Find(new BrowserConfig { ExecutablePath = "/opt/cfg/chrome" }));
    }

    [Fact]
    public void Find_EnvironmentVariable_WinsOverWellKnownPaths()
    {
        var discovery = With(new() { ["USABILITYLAB_BROWSER"] = "/opt/env/chrome" }, "/opt/env/chrome", "/usr/bin/chromium");

        Assert.Equal("/opt/env/chrome", discovery.Find(BrowserConfig.Default));
    }

    [Fact]
    public void Find_NothingConfigured_UsesDebianChromium()
    {
        Assert.Equal("/usr/bin/chromium", With([], "/usr/bin/chromium").Find(BrowserConfig.Default));
    }

    [Fact]
    public void Find_OnPath_FindsChromiumBrowserThenGoogleChrome()
    {
        var discovery = With(new() { ["PATH"] = "/a:/b" }, "/b/google-chrome", "/a/chromium-browser");

        Assert.Equal("/a/chromium-browser", discovery.Find(BrowserConfig.Default));
    }

    [Fact]
    public void Find_HeadlessWithShellInstalled_UsesTheShellOnlyForHeadlessLaunches()
    {
        var discovery = With([], "/usr/bin/chromium-headless-shell", "/usr/bin/chromium");

        Assert.Equal("/usr/bin/chromium-headless-shell", discovery.Find(BrowserConfig.Default, headless: true));
        Assert.Equal("/usr/bin/chromium", discovery.Find(BrowserConfig.Default, headless: false));
    }

    [Fact]
    public void Find_HeadlessWithoutShell_FallsBackToTheFullBrowser()
    {
        Assert.Equal("/usr/bin/chromium", With([], "/usr/bin/chromium").Find(BrowserConfig.Default, headless: true));
    }

    [Fact]
    public void Find_HeadlessShellTurnedOff_UsesTheFullBrowser()
    {
        var discovery = With([], "/usr/bin/chromium-headless-shell", "/usr/bin/chromium");

        Assert.Equal("/usr/bin/chromium", discovery.Find(BrowserConfig.Default with { HeadlessShell = false }, headless: true));
    }

    [Fact]
    public void Find_HeadlessWithANamedBrowser_KeepsTheNamedOne()
    {
        var discovery = With(new() { ["USABILITYLAB_BROWSER"] = "/opt/env/chrome" }, "/opt/env/chrome", "/usr/bin/chromium-headless-shell");

        Assert.Equal("/opt/env/chrome", discovery.Find(BrowserConfig.Default, headless: true));
    }

    [Fact]
    public void Find_NoneFound_OneLineSaysWhatWasTriedAndHowToInstall()
    {
        var error = Assert.Throws<EnvironmentProblemException>(() => With(new() { ["PATH"] = "/nowhere", ["HOME"] = "/nonexistent-home" }).Find(BrowserConfig.Default));

        Assert.DoesNotContain('\n', error.Message);
        Assert.Contains("$USABILITYLAB_BROWSER", error.Message, StringComparison.Ordinal);
        Assert.Contains("/usr/bin/chromium", error.Message, StringComparison.Ordinal);
        Assert.Contains("google-chrome", error.Message, StringComparison.Ordinal);
        Assert.Contains("Playwright's browser cache", error.Message, StringComparison.Ordinal);
        Assert.Contains("apt-get install -y chromium", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Find_ConfiguredPathMissing_FailsInsteadOfSilentlyFallingBack()
    {
        var error = Assert.Throws<EnvironmentProblemException>(() => With([], "/usr/bin/chromium").Find(new BrowserConfig { ExecutablePath = "/opt/missing/chrome" }));

        Assert.Contains("/opt/missing/chrome", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Flags_NoSandbox_OnlyAsRoot()
    {
        Assert.Contains("--no-sandbox", ChromiumFlags.For(BrowserConfig.Default, runningAsRoot: true));
        Assert.DoesNotContain("--no-sandbox", ChromiumFlags.For(BrowserConfig.Default, runningAsRoot: false));
        Assert.Contains("--disable-background-networking", ChromiumFlags.For(BrowserConfig.Default, runningAsRoot: false));
        Assert.Contains("--disable-component-update", ChromiumFlags.For(BrowserConfig.Default, runningAsRoot: false));
        Assert.Contains("--disable-sync", ChromiumFlags.For(BrowserConfig.Default, runningAsRoot: false));
    }

    [Fact]
    public void Flags_Headless_DisableTheGpu_HeadedKeepIt()
    {
        Assert.Contains("--disable-gpu", ChromiumFlags.For(BrowserConfig.Default, runningAsRoot: false, headless: true));
        Assert.DoesNotContain("--disable-gpu", ChromiumFlags.For(BrowserConfig.Default, runningAsRoot: false, headless: false));
    }

    [Fact]
    public void Flags_ConfigArgs_AreAppendedAfterTheLabsOwn()
    {
        var flags = ChromiumFlags.For(new BrowserConfig { Args = ["--lang=de"] }, runningAsRoot: false);

        Assert.Equal("--lang=de", flags[^1]);
    }

    [Fact]
    public void Flags_DisableFeatures_RepeatTheBundledPlaywrightDriversList()
    {
        // The driver's own list, as the bundled Playwright passes it; ours replaces it (Chromium keeps the last switch).
        var bundle = File.ReadAllText(Path.Combine(AppContext.BaseDirectory, ".playwright", "package", "lib", "coreBundle.js"));
        var list = Regex.Match(bundle, @"disabledFeatures = \[(?<items>.*?)\]", RegexOptions.Singleline).Groups["items"].Value;
        var drivers = Regex.Matches(list, "\"(?<name>[A-Za-z0-9]+)\"").Select(m => m.Groups["name"].Value).ToList();

        var ours = DisabledFeatures(ChromiumFlags.For(BrowserConfig.Default, runningAsRoot: false));

        Assert.NotEmpty(drivers);
        Assert.All(drivers, feature => Assert.Contains(feature, ours));
        Assert.Contains("WebUIOmniboxPopup", ours);
    }

    [Fact]
    public void Flags_ConfiguredDisableFeatures_JoinTheLabsInOneSwitch()
    {
        var flags = ChromiumFlags.For(new BrowserConfig { Args = ["--disable-features=Foo,Bar", "--lang=de"] }, runningAsRoot: false);

        Assert.Single(flags, f => f.StartsWith("--disable-features=", StringComparison.Ordinal));
        var features = DisabledFeatures(flags);
        Assert.Contains("Foo", features);
        Assert.Contains("Bar", features);
        Assert.Contains("PaintHolding", features);
        Assert.Equal("--lang=de", flags[^1]);
    }

    private static string[] DisabledFeatures(IReadOnlyList<string> flags) =>
        flags.Single(f => f.StartsWith("--disable-features=", StringComparison.Ordinal))["--disable-features=".Length..].Split(',');
}
