using YamlDotNet.RepresentationModel;

namespace UsabilityLab.Core.Studies.Loading;

/// <summary>
/// Reads <c>origins: ["https://login.example.com"]</c>: other sites the study's pages may open as a page (a sign-in
/// provider, a payment page). A remote participant's browser goes nowhere else but the target's origin.
/// </summary>
internal static class OriginsReader
{
    private const string Example = "[\"https://login.example.com\"]";

    public static IReadOnlyList<Uri> Read(LoadContext context, YamlNode? node)
    {
        var list = context.ReadList(node, "origins", Example);
        if (list is null)
            return [];

        var origins = new List<Uri>();
        foreach (var item in list.Children)
        {
            var text = context.ReadText(item, "an origin")?.Trim();
            if (text is null)
                continue;
            if (!UrlPatternSyntax.IsHttpUrl(text))
            {
                context.Report(item, $"an origin is an absolute http(s) address like https://login.example.com, got '{text}'");
                continue;
            }

            var url = new Uri(text, UriKind.Absolute);
            // An origin is scheme, host and port: a path would suggest a narrower rule than the lab applies.
            if (url.AbsolutePath != "/" || url.Query.Length > 0 || url.Fragment.Length > 0)
                context.Report(item, $"'{text}' has a path; an origin is scheme, host and port only: {url.GetLeftPart(UriPartial.Authority)}");
            else if (origins.Any(o => Uri.Compare(o, url, UriComponents.SchemeAndServer, UriFormat.Unescaped, StringComparison.OrdinalIgnoreCase) == 0))
                context.Report(item, $"origin '{text}' is listed twice");
            else
                origins.Add(new Uri(url.GetLeftPart(UriPartial.Authority)));
        }

        return origins;
    }
}
