using System.Text.RegularExpressions;

namespace UsabilityLab.Core.Pages;

/// <summary>
/// URL patterns of study files and CLI flags, one matcher for all of them (docs/study-format.md#url-patterns):
/// <list type="bullet">
/// <item>a glob (<c>*</c> matches any run of characters) is matched against the URL relative to its origin, taking
/// only the parts the pattern itself writes: the path always, the query when the pattern has a <c>?</c>, the fragment
/// when it has a <c>#</c>. So <c>/cart*</c> is about the path, <c>/search?q=*</c> about the query too, and
/// <c>*#/completed</c> is a hash route. A trailing slash is optional on both sides. A glob with <c>://</c> is matched
/// against the whole URL;</item>
/// <item>a pattern written <c>/…/</c> is a regular expression, which sees the URL relative to the study's target origin
/// (<c>/</c>, <c>/cart?x=1#top</c>; another origin's URLs whole).</item>
/// </list>
/// </summary>
public static class UrlPattern
{
    private static readonly TimeSpan RegexBudget = TimeSpan.FromSeconds(1);

    /// <summary>True for a pattern written <c>/…/</c> (with something between the slashes): a regular expression.</summary>
    public static bool IsRegex(string pattern) => pattern.Length > 2 && pattern[0] == '/' && pattern[^1] == '/';

    /// <summary>True when <paramref name="url"/> matches <paramref name="pattern"/>.</summary>
    /// <param name="pattern">A glob or a <c>/regex/</c>.</param>
    /// <param name="url">An absolute URL (a page's), or a path (a page key).</param>
    /// <param name="target">The study's target: a regex sees URLs on its origin relative to it. Null: relative to each URL's own origin.</param>
    public static bool IsMatch(string pattern, string url, Uri? target = null)
    {
        ArgumentNullException.ThrowIfNull(pattern);
        ArgumentNullException.ThrowIfNull(url);
        if (IsRegex(pattern))
        {
            return Regex.IsMatch(RelativeTo(url, target), pattern[1..^1], RegexOptions.CultureInvariant, RegexBudget);
        }

        if (pattern.Contains("://", StringComparison.Ordinal))
        {
            return Regex.IsMatch(url, GlobToRegex(pattern), RegexOptions.CultureInvariant, RegexBudget);
        }

        var hash = pattern.IndexOf('#', StringComparison.Ordinal);
        var withQuery = pattern.IndexOf('?', StringComparison.Ordinal) is var question && question >= 0 && (hash < 0 || question < hash);
        return Regex.IsMatch(Subject(RelativeTo(url, null), withQuery, withFragment: hash >= 0), GlobToRegex(pattern), RegexOptions.CultureInvariant, RegexBudget);
    }

    /// <summary>Why <paramref name="pattern"/> can never match a page of the site, or null when it can.</summary>
    public static string? NeverMatches(string pattern)
    {
        ArgumentNullException.ThrowIfNull(pattern);
        if (IsRegex(pattern))
        {
            var body = pattern[1..^1];
            return body.Length > 1 && body[0] == '^' && body[1] is not ('/' or '\\' or '[' or '(' or '.')
                ? $"never matches: a regex sees the URL relative to the target, which starts with '/' (e.g. /cart?x=1); write /^\\/{body[1..]}/"
                : null;
        }

        if (pattern.Contains("://", StringComparison.Ordinal) || pattern.StartsWith('/') || pattern.StartsWith('*'))
        {
            return null;
        }

        return pattern.StartsWith('#')
            ? $"never matches: a glob starts at the path; for a hash route write *{pattern}"
            : $"never matches: a glob starts at the path, which starts with '/'; write /{pattern}";
    }

    /// <summary>The URL without its origin when it is on <paramref name="target"/>'s origin (or any, when null).</summary>
    private static string RelativeTo(string url, Uri? target)
    {
        if (!Uri.TryCreate(url, UriKind.Absolute, out var uri) || uri.Scheme is not ("http" or "https"))
        {
            return url;
        }

        var onTarget = target is null || (uri.Scheme == target.Scheme && uri.Authority == target.Authority);
        return onTarget ? uri.PathAndQuery + uri.Fragment : url;
    }

    /// <summary>The path, with the query and the fragment when the pattern writes them.</summary>
    private static string Subject(string relative, bool withQuery, bool withFragment)
    {
        var hash = relative.IndexOf('#', StringComparison.Ordinal);
        var (beforeHash, fragment) = hash < 0 ? (relative, "") : (relative[..hash], relative[hash..]);
        var question = beforeHash.IndexOf('?', StringComparison.Ordinal);
        var (path, query) = question < 0 ? (beforeHash, "") : (beforeHash[..question], beforeHash[question..]);
        return path + (withQuery ? query : "") + (withFragment ? fragment : "");
    }

    // '*' is any run of characters; everything else is literal ('?' is the query's, '#' the fragment's). A trailing
    // slash is optional: /cart matches /cart/, and /cart/ matches /cart.
    private static string GlobToRegex(string glob)
    {
        var body = glob.Length > 1 && glob.EndsWith('/') ? glob[..^1] : glob;
        return "^" + Regex.Escape(body).Replace("\\*", ".*", StringComparison.Ordinal) + (body.EndsWith('/') ? "$" : "/?$");
    }
}
