using System.Text.Json;
using System.Text.Json.Serialization;
using UsabilityLab.Browser.Servers;
using UsabilityLab.Core.Errors;

namespace UsabilityLab.Browser;

/// <summary>Reads <c>playwright.config.json</c>; a malformed file is an <see cref="InputException"/> with FILE:LINE:COL.</summary>
public static class BrowserConfigLoader
{
    /// <summary>The file name looked for in the working directory and its parents.</summary>
    public const string FileName = "playwright.config.json";

    private static readonly JsonSerializerOptions Options = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        ReadCommentHandling = JsonCommentHandling.Skip,
        AllowTrailingCommas = true,
        UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow,
        NumberHandling = JsonNumberHandling.Strict,
    };

    /// <summary>
    /// Loads the config from <paramref name="path"/>, or, when null, from <c>USABILITYLAB_CONFIG</c> or the nearest
    /// <c>playwright.config.json</c> up from the working directory; defaults when there is none.
    /// </summary>
    public static BrowserConfig Load(string? path = null)
    {
        path ??= Environment.GetEnvironmentVariable("USABILITYLAB_CONFIG") ?? FindUpwards(Directory.GetCurrentDirectory());
        if (path is null)
        {
            return BrowserConfig.Default;
        }

        if (!File.Exists(path))
        {
            throw new InputException($"{path}: browser config file not found; create it or unset USABILITYLAB_CONFIG");
        }

        return Parse(File.ReadAllText(path), Path.GetRelativePath(Directory.GetCurrentDirectory(), path));
    }

    /// <summary>Parses config JSON; <paramref name="displayName"/> prefixes error messages.</summary>
    public static BrowserConfig Parse(string json, string displayName)
    {
        try
        {
            var config = JsonSerializer.Deserialize<BrowserConfig>(json, Options)
                ?? throw new InputException($"{displayName}:1:1: expected a JSON object, got null");
            Validate(config, displayName);
            return config;
        }
        catch (JsonException ex)
        {
            // System.Text.Json reports 0-based positions; editors show 1-based ones.
            var line = (ex.LineNumber ?? 0) + 1;
            var column = (ex.BytePositionInLine ?? 0) + 1;
            throw new InputException($"{displayName}:{line}:{column}: {Describe(ex)}", ex);
        }
    }

    private static void Validate(BrowserConfig config, string displayName)
    {
        if (config.Viewport.Width is < 200 or > 10_000 || config.Viewport.Height is < 200 or > 20_000)
        {
            throw new InputException($"{displayName}: viewport {config.Viewport.Width}x{config.Viewport.Height} is out of range (200–10000 × 200–20000)");
        }

        if (config.ActionTimeoutMs <= 0 || config.NavigationTimeoutMs <= 0 || config.SlowMoMs < 0)
        {
            throw new InputException($"{displayName}: timeouts must be positive and slowMoMs not negative");
        }

        if (config.Browser?.Endpoints is null)
        {
            throw new InputException($"{displayName}: browser must be an object with an \"endpoints\" list (or be left out)");
        }

        for (var i = 0; i < config.Browser.Endpoints.Count; i++)
        {
            BrowserEndpoint.Parse(config.Browser.Endpoints[i] ?? "", $"{displayName}: browser.endpoints[{i}]");
        }

        if (config.Browser.PerEndpoint is < 1 or > RemoteBrowserConfig.MaxPerEndpoint)
        {
            throw new InputException($"{displayName}: browser.perEndpoint {config.Browser.PerEndpoint} is out of range; use 1–{RemoteBrowserConfig.MaxPerEndpoint} participants per browser server");
        }
    }

    private static string Describe(JsonException ex)
    {
        // The first sentence of System.Text.Json's message is the useful part; the rest repeats the path and position.
        var message = ex.Message;
        var cut = message.IndexOf(" Path:", StringComparison.Ordinal);
        message = cut > 0 ? message[..cut] : message;
        return message.TrimEnd('.') + " (see README: Configuration)";
    }

    private static string? FindUpwards(string directory)
    {
        for (var dir = new DirectoryInfo(directory); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, FileName);
            if (File.Exists(candidate))
            {
                return candidate;
            }
        }

        return null;
    }
}
