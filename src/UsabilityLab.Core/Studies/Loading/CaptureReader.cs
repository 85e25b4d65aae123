using YamlDotNet.RepresentationModel;

namespace UsabilityLab.Core.Studies.Loading;

/// <summary>Reads <c>capture: { recordValues: [selectors], keepQuery: bool, keepQueryParams: [names] }</c>; everything not listed stays masked.</summary>
internal static class CaptureReader
{
    private static readonly string[] Keys = ["recordValues", "keepQuery", "keepQueryParams"];

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

        return new CapturePolicy(selectors, keepQuery, parameters);
    }
}
