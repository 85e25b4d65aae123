using UsabilityLab.Core.Errors;

namespace UsabilityLab.Recording.Browser;

/// <summary>
/// Finds a Chromium executable. Order: config → <c>USABILITYLAB_BROWSER</c> → <c>/usr/bin/chromium</c>,
/// <c>chromium-browser</c>, <c>google-chrome</c>, <c>chromium</c> on PATH → Playwright's own installed browsers.
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
    public string Find(BrowserConfig config)
    {
        var tried = new List<string>();
        foreach (var (source, candidate) in Candidates(config))
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

    private string? OnPath(string name) =>
        (_environment("PATH") ?? "")
            .Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries)
            .Select(dir => Path.Combine(dir, name))
            .FirstOrDefault(_isExecutable);

    private string? PlaywrightCache()
    {
        var root = NullIfEmpty(_environment("PLAYWRIGHT_BROWSERS_PATH"))
            ?? Path.Combine(_environment("HOME") ?? "/root", ".cache", "ms-playwright");
        if (!Directory.Exists(root))
        {
            return null;
        }

        return Directory.EnumerateDirectories(root, "chromium-*")
            .OrderDescending(StringComparer.Ordinal)
            .SelectMany(dir => new[] { Path.Combine(dir, "chrome-linux", "chrome"), Path.Combine(dir, "chrome-linux64", "chrome") })
            .FirstOrDefault(_isExecutable);
    }

    private static string? NullIfEmpty(string? value) => string.IsNullOrWhiteSpace(value) ? null : value;
}
