using System.Diagnostics;
using System.Reflection;
using System.Runtime.InteropServices;
using UsabilityLab.Benchmarks.Support;
using UsabilityLab.Browser;

namespace UsabilityLab.Benchmarks.Harness;

/// <summary>The machine the figures were measured on; printed with every result because ratios travel, absolute times don't.</summary>
internal sealed record MachineInfo(
    string Cpu, int Cores, double MemoryGiB, string Os, string Kernel, string DotNet, string Chromium, string Node,
    string Configuration, string Rrweb, string HeatmapJs)
{
    public static MachineInfo Describe(BenchContext context) => new(
        Cpu: FirstValue("/proc/cpuinfo", "model name") ?? RuntimeInformation.ProcessArchitecture.ToString(),
        Cores: Environment.ProcessorCount,
        MemoryGiB: Math.Round((double.TryParse(FirstValue("/proc/meminfo", "MemTotal")?.Split(' ')[0], out var kb) ? kb : 0) / 1024 / 1024, 1),
        Os: OsName(),
        Kernel: ReadOrEmpty("/proc/sys/kernel/osrelease").Trim(),
        DotNet: RuntimeInformation.FrameworkDescription,
        Chromium: Browsers(context),
        Node: Run("node", "--version"),
        Configuration: IsOptimized() ? "Release" : "Debug (figures are not representative; build with -c Release)",
        Rrweb: NpmPackages.RrwebVersion,
        HeatmapJs: NpmPackages.HeatmapJsVersion);

    public bool IsRelease => Configuration == "Release";

    /// <summary>1, 5 and 15-minute load averages now: other work on the machine skews absolute times (ratios less so).</summary>
    public static string LoadAverage() => string.Join(" / ", ReadOrEmpty("/proc/loadavg").Split(' ').Take(3));

    /// <summary>True when the lab's own assemblies were compiled with optimizations (Release).</summary>
    private static bool IsOptimized() =>
        typeof(Core.Analysis.RunAnalyzer).Assembly.GetCustomAttribute<DebuggableAttribute>() is not { IsJITOptimizerDisabled: true };

    private static string OsName()
    {
        var line = ReadOrEmpty("/etc/os-release").Split('\n').FirstOrDefault(l => l.StartsWith("PRETTY_NAME=", StringComparison.Ordinal));
        return line?.Split('=', 2)[1].Trim('"') ?? RuntimeInformation.OSDescription;
    }

    private static string? FirstValue(string file, string key) =>
        ReadOrEmpty(file).Split('\n').Where(l => l.StartsWith(key, StringComparison.Ordinal)).Select(l => l.Split(':', 2)[1].Trim()).FirstOrDefault();

    private static string ReadOrEmpty(string path) => File.Exists(path) ? File.ReadAllText(path) : "";

    /// <summary>The full browser, and the headless one when headless launches use another executable (the headless shell).</summary>
    private static string Browsers(BenchContext context)
    {
        var discovery = new BrowserDiscovery();
        var (full, headless) = (discovery.Find(context.Browser), discovery.Find(context.Browser, headless: true));
        var version = Run(full, "--version");
        return headless == full ? version : $"{version}; headless runs and PDF printing: {Path.GetFileName(headless)} {Run(headless, "--version").Replace("Chromium ", "", StringComparison.Ordinal)}";
    }

    private static string Run(string file, string argument)
    {
        try
        {
            using var process = Process.Start(new ProcessStartInfo(file, argument) { RedirectStandardOutput = true, RedirectStandardError = true })!;
            var output = process.StandardOutput.ReadToEnd();
            process.WaitForExit(10_000);
            return output.Trim();
        }
        catch (System.ComponentModel.Win32Exception)
        {
            return "not found";
        }
    }
}
