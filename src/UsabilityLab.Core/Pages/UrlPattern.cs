using System.Text.RegularExpressions;

namespace UsabilityLab.Core.Pages;

/// <summary>
/// URL patterns of study files and CLI flags: a glob (<c>*</c> any characters, <c>?</c> one) matched against the
/// page path (or the whole URL when the glob is absolute), or a regular expression written <c>/…/</c>.
/// </summary>
public static class UrlPattern
{
    /// <summary>True when <paramref name="url"/> matches <paramref name="pattern"/>.</summary>
    public static bool IsMatch(string pattern, string url)
    {
        ArgumentNullException.ThrowIfNull(pattern);
        ArgumentNullException.ThrowIfNull(url);
        if (IsRegex(pattern))
        {
            return Regex.IsMatch(url, pattern[1..^1], RegexOptions.CultureInvariant, TimeSpan.FromSeconds(1));
        }

        var absolute = pattern.Contains("://", StringComparison.Ordinal);
        var subject = absolute ? url : PathAndQuery(url, pattern.Contains('?', StringComparison.Ordinal));
        return Regex.IsMatch(subject, GlobToRegex(pattern), RegexOptions.CultureInvariant, TimeSpan.FromSeconds(1));
    }

    /// <summary>True for <c>/…/</c> patterns (at least one character between the slashes, and not a plain path).</summary>
    public static bool IsRegex(string pattern) =>
        pattern.Length > 2 && pattern[0] == '/' && pattern[^1] == '/' && pattern.AsSpan(1, pattern.Length - 2).IndexOfAny("^$()[]|+\\.*?{}") >= 0;

    private static string GlobToRegex(string glob) =>
        "^" + Regex.Escape(glob).Replace("\\*", ".*", StringComparison.Ordinal).Replace("\\?", ".", StringComparison.Ordinal) + "/?$";

    private static string PathAndQuery(string url, bool withQuery)
    {
        if (!Uri.TryCreate(url, UriKind.Absolute, out var uri))
        {
            return url;
        }

        return withQuery ? uri.PathAndQuery : uri.AbsolutePath;
    }
}
