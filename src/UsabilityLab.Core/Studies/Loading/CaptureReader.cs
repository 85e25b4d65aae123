using YamlDotNet.RepresentationModel;

namespace UsabilityLab.Core.Studies.Loading;

/// <summary>
/// Reads <c>capture: { recordValues: [selectors], keepQuery: bool, keepQueryParams: [names], ignore: { requests:
/// [url patterns], console: [regexes] } }</c>; everything not listed stays masked.
/// </summary>
internal static class CaptureReader
{
    private static readonly string[] Keys = ["recordValues", "keepQuery", "keepQueryParams", "ignore"];
    private static readonly string[] IgnoreKeys = ["requests", "console"];

    public static CapturePolicy Read(LoadContext context, YamlNode? node)
    {
        var capture = MappingReader.Open(context, node, "capture", Keys, "{ recordValues: [\"#search\"], keepQuery: false }");
        if (capture is null)
            return CapturePolicy.Default;

        var selectors = new List<string>();
        var list = context.ReadList(capture.Optional("recordValues"), "capture.recordValues", "[\"#search\"]");
        foreach (var item in list?.Children ?? [])
        {
            if (context.ReadSelector(item, "capture.recordValues entry") is { } selector)
                selectors.Add(selector);
        }

        var keepQuery = context.ReadBoolean(capture.Optional("keepQuery"), "capture.keepQuery") ?? CapturePolicy.Default.KeepQuery;
        var parameters = new List<string>();
        var names = context.ReadList(capture.Optional("keepQueryParams"), "capture.keepQueryParams", "[q, page]");
        foreach (var item in names?.Children ?? [])
        {
            if (context.ReadText(item, "capture.keepQueryParams entry")?.Trim() is { Length: > 0 } name)
                parameters.Add(name);
        }

        return new CapturePolicy(selectors, keepQuery, parameters) { Ignore = ReadIgnore(context, capture.Optional("ignore")) };
    }

    private static Signals.NoiseRules ReadIgnore(LoadContext context, YamlNode? node)
    {
        var ignore = MappingReader.Open(context, node, "capture.ignore", IgnoreKeys, "{ requests: [\"/api/telemetry*\"], console: [\"^Download the React DevTools\"] }");
        if (ignore is null)
            return Signals.NoiseRules.None;

        var requests = Patterns(context, ignore.Optional("requests"), "capture.ignore.requests", "[\"/api/health*\", \"*favicon.ico\"]", UrlPatternSyntax.PatternProblem);
        var console = Patterns(context, ignore.Optional("console"), "capture.ignore.console", "[\"ResizeObserver loop\"]", UrlPatternSyntax.RegexProblem);
        return new Signals.NoiseRules(requests, console);
    }

    private static List<string> Patterns(LoadContext context, YamlNode? node, string name, string example, Func<string, string?> problem)
    {
        var patterns = new List<string>();
        foreach (var item in context.ReadList(node, name, example)?.Children ?? [])
        {
            if (context.ReadText(item, $"{name} entry") is not { Length: > 0 } pattern)
                continue;
            if (problem(pattern) is { } why)
                context.Report(item, $"{name}: {why}");
            else
                patterns.Add(pattern);
        }

        return patterns;
    }
}
