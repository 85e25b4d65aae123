namespace UsabilityLab.Core.Pages;

/// <summary>
/// Groups URLs into pages: path (and query when asked), without scheme, host, port or fragment, so runs against
/// the same site on different ports or hosts group the same way.
/// </summary>
public static class PageKey
{
    /// <summary>Normalises a URL to its page key, e.g. <c>http://127.0.0.1:5000/cart?x=1#top</c> → <c>/cart</c>.</summary>
    public static string Normalize(string? url, bool keepQuery = false)
    {
        if (string.IsNullOrEmpty(url))
        {
            return "";
        }

        if (!Uri.TryCreate(url, UriKind.Absolute, out var uri))
        {
            var cut = url.IndexOfAny(keepQuery ? ['#'] : ['?', '#']);
            return cut >= 0 ? url[..cut] : url;
        }

        var path = uri.AbsolutePath.Length > 1 ? uri.AbsolutePath.TrimEnd('/') : uri.AbsolutePath;
        return keepQuery ? path + uri.Query : path;
    }
}
