using UsabilityLab.Browser;

namespace UsabilityLab.Application;

/// <summary>What scripted and moderated recordings check and open before they write anything.</summary>
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
