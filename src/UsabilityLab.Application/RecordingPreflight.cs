using UsabilityLab.Browser;

namespace UsabilityLab.Application;

/// <summary>
/// What a moderated recording checks and opens before it writes anything: its browser is always launched here (a
/// scripted run may use browser servers instead, <see cref="Runs.RunBrowsers"/>).
/// </summary>
internal static class RecordingPreflight
{
    /// <summary>The browser to record with, found on this machine, and the database opened (created when missing).</summary>
    public static async Task<(BrowserConfig Browser, LabStore Store)> OpenAsync(BrowserConfig? browser, string? databasePath, CancellationToken ct)
    {
        var config = browser ?? BrowserConfigLoader.Load();
        new BrowserDiscovery().Find(config); // fail with exit 3 before anything is written
        return (config, await LabStore.OpenAsync(databasePath, ct));
    }
}
