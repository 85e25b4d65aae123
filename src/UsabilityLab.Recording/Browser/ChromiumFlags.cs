namespace UsabilityLab.Recording.Browser;

/// <summary>The switches a sandboxed CI machine (often root, no network beyond registries) needs.</summary>
public static class ChromiumFlags
{
    /// <summary>
    /// Builds the launch arguments. <c>--no-sandbox</c> only as root, where Chromium refuses to start otherwise;
    /// the background-networking switches stop Chromium from calling home, which a closed network refuses noisily.
    /// Headless, <c>--disable-gpu</c>: without a display there is no GPU to use, and Chromium would emulate one in
    /// software (SwiftShader; Debian's launcher even forces GPU rasterization), which costs far more CPU per frame than
    /// its own software rasterizer and compositor painting the same pixels.
    /// </summary>
    public static IReadOnlyList<string> For(BrowserConfig config, bool runningAsRoot, bool headless = false)
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

        args.AddRange(config.Args);
        return args;
    }

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
