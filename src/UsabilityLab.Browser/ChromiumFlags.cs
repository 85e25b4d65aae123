namespace UsabilityLab.Browser;

/// <summary>The switches a sandboxed CI machine (often root, no network beyond registries) needs.</summary>
public static class ChromiumFlags
{
    /// <summary>
    /// The features Playwright 1.64's driver disables (<c>chromiumSwitches.ts</c>). Chromium keeps only the last
    /// <c>--disable-features</c> switch, and ours comes after Playwright's, so its list is repeated in ours; a test
    /// compares this list with the bundled driver's, so a Playwright update cannot silently re-enable one.
    /// </summary>
    internal static readonly IReadOnlyList<string> PlaywrightDisabledFeatures =
    [
        "AvoidUnnecessaryBeforeUnloadCheckSync", "DestroyProfileOnBrowserClose", "DialMediaRouteProvider", "GlobalMediaControls",
        "HttpsUpgrades", "LensOverlay", "MediaRouter", "PaintHolding", "ThirdPartyStoragePartitioning",
        "BlockOriginHeaderModificationOnRedirect", "AvoidCorsURLLoaderRestartOnRedirect", "Translate", "AutoDeElevate",
        "OptimizationHints", "NetworkTimeServiceQuerying", "AimEnabled", "msForceBrowserSignIn", "msEdgeUpdateLaunchServicesPreferredVersion",
    ];

    /// <summary>
    /// Chromium's headless mode builds the whole browser window, and at every launch loads the address bar's WebUI
    /// popups (<c>chrome://omnibox-popup.top-chrome</c>) into a renderer of their own that nobody ever sees. Measured
    /// on Chromium 156 here: a launch with one page cost 4.0 s of CPU across Chromium's processes with them and 1.8 s
    /// without — on two cores, time taken from every run, report and test.
    /// </summary>
    internal static readonly IReadOnlyList<string> UnusedUiFeatures = ["WebUIOmniboxPopup", "WebUIOmniboxAimPopup"];

    private const string DisableFeatures = "--disable-features=";

    /// <summary>
    /// Builds the launch arguments. <c>--no-sandbox</c> only as root, where Chromium refuses to start otherwise;
    /// the background-networking switches stop Chromium from calling home, which a closed network refuses noisily.
    /// Headless, <c>--disable-gpu</c>: without a display there is no GPU to use, and Chromium would emulate one in
    /// software (SwiftShader; Debian's launcher even forces GPU rasterization), which costs far more CPU per frame than
    /// its own software rasterizer and compositor painting the same pixels. <paramref name="launcherDisabledFeatures"/>:
    /// what the launching library disables in its own <c>--disable-features</c> switch (Playwright's when null), which ours
    /// replaces and so repeats.
    /// </summary>
    public static IReadOnlyList<string> For(BrowserConfig config, bool runningAsRoot, bool headless = false, IEnumerable<string>? launcherDisabledFeatures = null)
    {
        var args = new List<string>
        {
            "--disable-background-networking",
            "--disable-component-update",
            "--disable-sync",
            "--disable-default-apps",
            "--no-first-run",
            "--disable-quic",
            "--disable-dev-shm-usage",
        };
        if (runningAsRoot)
        {
            args.Add("--no-sandbox");
        }

        if (headless)
        {
            args.Add("--disable-gpu");
        }

        // A configured --disable-features joins ours: passed on its own it would replace the whole list.
        var configured = config.Args.Where(a => a.StartsWith(DisableFeatures, StringComparison.Ordinal)).ToList();
        var features = (launcherDisabledFeatures ?? PlaywrightDisabledFeatures).Concat(UnusedUiFeatures)
            .Concat(configured.SelectMany(a => a[DisableFeatures.Length..].Split(',', StringSplitOptions.RemoveEmptyEntries)))
            .Distinct(StringComparer.Ordinal);
        args.Add(DisableFeatures + string.Join(',', features));
        args.AddRange(config.Args.Except(configured));
        return args;
    }

    /// <summary>The features the last <c>--disable-features</c> switch in <paramref name="args"/> names (the one Chromium keeps).</summary>
    public static IReadOnlyList<string> DisabledFeaturesIn(IEnumerable<string> args) =>
        args.LastOrDefault(a => a.StartsWith(DisableFeatures, StringComparison.Ordinal)) is { } last
            ? last[DisableFeatures.Length..].Split(',', StringSplitOptions.RemoveEmptyEntries)
            : [];

    /// <summary>True when the process runs as root (uid 0) on Unix.</summary>
    public static bool IsRoot()
    {
        if (!OperatingSystem.IsLinux())
        {
            return false;
        }

        // "Uid:\treal\teffective\t…" — the effective uid decides whether Chromium's sandbox can start.
        var uidLine = File.ReadLines("/proc/self/status").FirstOrDefault(l => l.StartsWith("Uid:", StringComparison.Ordinal));
        var fields = uidLine?.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries);
        return fields is { Length: > 2 } && fields[2] == "0";
    }
}
