using System.Diagnostics;
using System.Text.Json;

namespace UsabilityLab.Benchmarks.Support;

/// <summary>
/// The competitors' JavaScript (rrweb, heatmap.js), installed with npm into an ignored folder of this project on first
/// use. Versions are pinned so that figures from different days compare the same code.
/// </summary>
internal sealed class NpmPackages(string prefix, TextWriter log)
{
    public const string RrwebVersion = "2.2.2";
    public const string HeatmapJsVersion = "2.0.5";

    private readonly SemaphoreSlim _gate = new(1, 1);

    /// <summary>rrweb's UMD bundle (defines <c>window.rrweb</c>).</summary>
    public async Task<string> RrwebBundleAsync() =>
        await File.ReadAllTextAsync(await EnsureAsync("rrweb", RrwebVersion, Path.Combine("dist", "rrweb.umd.min.cjs")));

    /// <summary>heatmap.js's bundle (defines <c>window.h337</c>).</summary>
    public async Task<string> HeatmapJsBundleAsync() =>
        await File.ReadAllTextAsync(await EnsureAsync("heatmap.js", HeatmapJsVersion, Path.Combine("build", "heatmap.min.js")));

    private async Task<string> EnsureAsync(string package, string version, string file)
    {
        await _gate.WaitAsync();
        try
        {
            var folder = Path.Combine(prefix, "node_modules", package);
            if (InstalledVersion(folder) != version)
            {
                await InstallAsync();
            }

            var path = Path.Combine(folder, file);
            return File.Exists(path) ? path : throw new FileNotFoundException($"{package}@{version} has no {file}; the package layout changed");
        }
        finally
        {
            _gate.Release();
        }
    }

    private async Task InstallAsync()
    {
        Directory.CreateDirectory(prefix);
        log.WriteLine($"  · npm install rrweb@{RrwebVersion} heatmap.js@{HeatmapJsVersion} into {prefix}");
        var start = new ProcessStartInfo("npm")
        {
            ArgumentList = { "install", "--prefix", prefix, "--no-audit", "--no-fund", "--loglevel=error", $"rrweb@{RrwebVersion}", $"heatmap.js@{HeatmapJsVersion}" },
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        using var process = Process.Start(start) ?? throw new InvalidOperationException("npm did not start; install Node.js 20+ with npm");
        var stderr = process.StandardError.ReadToEndAsync();
        await process.StandardOutput.ReadToEndAsync();
        await process.WaitForExitAsync();
        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException($"npm install failed (exit {process.ExitCode}): {(await stderr).Trim()}");
        }
    }

    private static string? InstalledVersion(string folder)
    {
        var manifest = Path.Combine(folder, "package.json");
        if (!File.Exists(manifest))
        {
            return null;
        }

        using var json = JsonDocument.Parse(File.ReadAllText(manifest));
        return json.RootElement.TryGetProperty("version", out var v) ? v.GetString() : null;
    }
}
