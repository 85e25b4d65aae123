namespace UsabilityLab.Core.Pages;

/// <summary>
/// Groups URLs into pages: path (and query when asked), without scheme, host, port or fragment, so runs against
/// the same site on different ports or hosts group the same way.
/// </summary>
public static class PageKey
{
    // Analysis and heatmaps normalise the same few URLs for hundreds of thousands of events, and parsing a Uri each time
    // was a large share of the analysis. Each thread remembers its recent answers (bounded: cleared when full).
    private const int MaxRemembered = 4096;

    [ThreadStatic]
    private static Dictionary<string, string>? RememberedPaths;

    [ThreadStatic]
    private static Dictionary<string, string>? RememberedPathsWithQuery;

    /// <summary>Normalises a URL to its page key, e.g. <c>http://127.0.0.1:5000/cart?x=1#top</c> → <c>/cart</c>.</summary>
    public static string Normalize(string? url, bool keepQuery = false)
    {
        if (string.IsNullOrEmpty(url))
        {
            return "";
        }

        var remembered = keepQuery
            ? RememberedPathsWithQuery ??= new Dictionary<string, string>(StringComparer.Ordinal)
            : RememberedPaths ??= new Dictionary<string, string>(StringComparer.Ordinal);
        if (remembered.TryGetValue(url, out var key))
        {
            return key;
        }

        if (remembered.Count >= MaxRemembered)
        {
            remembered.Clear();
        }

        key = Parse(url, keepQuery);
        remembered[url] = key;
        return key;
    }

    private static string Parse(string url, bool keepQuery)
    {
        if (!Uri.TryCreate(url, UriKind.Absolute, out var uri))
        {
            var cut = url.IndexOfAny(keepQuery ? ['#'] : ['?', '#']);
            return cut >= 0 ? url[..cut] : url;
        }

        var path = uri.AbsolutePath.Length > 1 ? uri.AbsolutePath.TrimEnd('/') : uri.AbsolutePath;
        return keepQuery ? path + uri.Query : path;
    }
}
