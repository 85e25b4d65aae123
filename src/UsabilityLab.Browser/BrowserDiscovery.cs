using UsabilityLab.Core.Errors;

namespace UsabilityLab.Browser;

/// <summary>
/// Finds a Chromium executable. Order: config → <c>USABILITYLAB_BROWSER</c> → <c>/usr/bin/chromium</c>,
/// <c>chromium-browser</c>, <c>google-chrome</c>, <c>chromium</c> on PATH → Playwright's own installed browsers. For a
/// headless launch with no executable named, Chromium's headless shell comes first when it is installed (see
/// <see cref="BrowserConfig.HeadlessShell"/>).
/// </summary>
public sealed class BrowserDiscovery
{
    /// <summary>Environment variable naming a browser executable.</summary>
    public const string EnvironmentVariable = "USABILITYLAB_BROWSER";

    private static readonly string[] PathNames = ["chromium-browser", "google-chrome", "chromium"];

    private readonly Func<string, string?> _environment;
    private readonly Func<string, bool> _isExecutable;

    /// <summary>Discovery against the real environment and file system.</summary>
    public BrowserDiscovery() : this(Environment.GetEnvironmentVariable, File.Exists) { }

    /// <summary>Discovery with injected environment and file checks (tests).</summary>
    public BrowserDiscovery(Func<string, string?> environment, Func<string, bool> isExecutable)
    {
        _environment = environment;
        _isExecutable = isExecutable;
    }

    /// <summary>Returns the executable to launch, or throws <see cref="EnvironmentProblemException"/> listing what was tried.</summary>
    /// <param name="config">The lab's browser settings.</param>
    /// <param name="headless">Whether the launch is headless, where the headless shell may serve.</param>
    public string Find(BrowserConfig config, bool headless = false)
    {
        var tried = new List<string>();
        var shells = headless && config.HeadlessShell && string.IsNullOrWhiteSpace(config.ExecutablePath) && NullIfEmpty(_environment(EnvironmentVariable)) is null
            ? HeadlessShells()
            : [];
        foreach (var (source, candidate) in shells.Concat(Candidates(config)))
        {
            tried.Add(source);
            if (candidate is not null && _isExecutable(candidate))
            {
                return candidate;
            }
        }

        throw new EnvironmentProblemException(
            $"no Chromium found (tried {string.Join(", ", tried)}); install one with 'sudo apt-get install -y chromium' or set \"executablePath\" in playwright.config.json");
    }

    private IEnumerable<(string Source, string? Path)> Candidates(BrowserConfig config)
    {
        if (!string.IsNullOrWhiteSpace(config.ExecutablePath))
        {
            // An explicit path that doesn't exist is a mistake worth stopping on, not something to silently skip.
            if (!_isExecutable(config.ExecutablePath))
            {
                throw new EnvironmentProblemException(
                    $"playwright.config.json names executablePath '{config.ExecutablePath}', which does not exist; fix the path or set it to \"\" to discover a browser");
            }

            yield return ("playwright.config.json executablePath", config.ExecutablePath);
        }

        yield return ($"${EnvironmentVariable}", NullIfEmpty(_environment(EnvironmentVariable)));
        yield return ("/usr/bin/chromium", "/usr/bin/chromium");
        foreach (var name in PathNames)
        {
            yield return ($"{name} on PATH", OnPath(name));
        }

        yield return ("Playwright's browser cache", PlaywrightCache());
    }

    /// <summary>Debian's <c>chromium-headless-shell</c> package, then the one Playwright installs for headless runs.</summary>
    private IEnumerable<(string Source, string? Path)> HeadlessShells()
    {
        yield return ("/usr/bin/chromium-headless-shell", "/usr/bin/chromium-headless-shell");
        yield return ("chromium-headless-shell on PATH", OnPath("chromium-headless-shell"));
        yield return ("Playwright's headless shell", InPlaywrightCache("chromium_headless_shell-*", ["chrome-linux/headless_shell", "chrome-headless-shell-linux64/chrome-headless-shell"]));
    }

    private string? OnPath(string name) =>
        (_environment("PATH") ?? "")
            .Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries)
            .Select(dir => Path.Combine(dir, name))
            .FirstOrDefault(_isExecutable);

    private string? PlaywrightCache() => InPlaywrightCache("chromium-*", ["chrome-linux/chrome", "chrome-linux64/chrome"]);

    private string? InPlaywrightCache(string folderPattern, string[] executables)
    {
        var root = NullIfEmpty(_environment("PLAYWRIGHT_BROWSERS_PATH"))
            ?? Path.Combine(_environment("HOME") ?? "/root", ".cache", "ms-playwright");
        if (!Directory.Exists(root))
        {
            return null;
        }

        return Directory.EnumerateDirectories(root, folderPattern)
            .OrderDescending(StringComparer.Ordinal)
            .SelectMany(dir => executables.Select(executable => Path.Combine(dir, executable)))
            .FirstOrDefault(_isExecutable);
    }

    private static string? NullIfEmpty(string? value) => string.IsNullOrWhiteSpace(value) ? null : value;
}
