using System.Text.RegularExpressions;

namespace UsabilityLab.Core.Studies.Loading;

/// <summary>
/// URL-shaped values: <c>url:</c> patterns (a glob with <c>*</c> and <c>?</c>, or <c>/regex/</c>) and page references
/// (<c>start</c>, <c>goto</c>, <c>optimalPath</c>) that are paths relative to the target or absolute http(s) URLs.
/// </summary>
internal static class UrlPatternSyntax
{
    /// <summary>The problem with a url pattern, or <c>null</c>; only regexes can be wrong beyond being empty.</summary>
    public static string? PatternProblem(string pattern)
    {
        if (pattern == "//")
            return "'//' is an empty regular expression; write / for the home page, or /…/ with a regex between the slashes";
        if (!Pages.UrlPattern.IsRegex(pattern))
            return null;
        var problem = RegexProblem(pattern[1..^1]);
        return problem is null ? null : $"{problem}; fix it, or drop the surrounding slashes to use a glob such as /cart*";
    }

    /// <summary>Why a valid pattern will not do what it looks like, or <c>null</c>: one that can never match, and a
    /// path between slashes, which is a regular expression matching any URL that contains it.</summary>
    public static string? PatternWarning(string pattern)
    {
        if (Pages.UrlPattern.NeverMatches(pattern) is { } never)
            return never;
        var body = Pages.UrlPattern.IsRegex(pattern) ? pattern[1..^1] : null;
        return body is not null && body.AsSpan().IndexOfAny("^$()[]|+\\.*?{}") < 0
            ? $"'{pattern}' is the regular expression {body}, which matches any URL containing '{body}'; for the path write /{body.TrimStart('/')} or /{body.TrimStart('/')}*"
            : null;
    }

    /// <summary>Whether a regular expression compiles (.NET syntax, which agrees with JavaScript for everyday patterns).</summary>
    public static string? RegexProblem(string source)
    {
        if (source.Length == 0)
            return "the regular expression is empty";
        try
        {
            _ = new Regex(source, RegexOptions.None, TimeSpan.FromSeconds(1));
            return null;
        }
        catch (ArgumentException e)
        {
            return $"/{source}/ is not a valid regular expression ({e.Message.TrimEnd('.')})";
        }
    }

    /// <summary>The problem with a page reference: a relative path or an absolute http(s) URL.</summary>
    public static string? PageProblem(string value)
    {
        // "/cart" parses as an absolute file: URI on Unix, so anything rooted is a path before it is a URL.
        if (value.StartsWith('/') || !Uri.TryCreate(value, UriKind.Absolute, out _))
            return null;
        return IsHttpUrl(value) ? null : "must be a path like /cart or an absolute http(s) URL like https://shop.example.com/cart";
    }

    /// <summary>True for an absolute http or https URL with a host.</summary>
    public static bool IsHttpUrl(string value) =>
        Uri.TryCreate(value, UriKind.Absolute, out var uri)
        && (uri.Scheme == Uri.UriSchemeHttp || uri.Scheme == Uri.UriSchemeHttps)
        && uri.Host.Length > 0;
}
