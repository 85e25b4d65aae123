using System.Text;
using System.Text.RegularExpressions;

namespace UsabilityLab.Core.Pages;

/// <summary>
/// URLs as the lab keeps them: every query value is masked unless the study keeps that parameter, and so are the
/// values of <c>key=value</c> pairs after <c>#</c> (an OAuth token) and a password in the URL's user info. A form sent
/// with GET puts what the participant typed into the address: without this the password would be in every navigation
/// event, export and archive. Parameter names stay, so a report can still say which search page it was.
/// </summary>
public static partial class UrlMasking
{
    /// <summary>What a masked value reads as.</summary>
    public const string Masked = "***";

    /// <summary>
    /// <paramref name="url"/> with its query values masked except those of <paramref name="keep"/> (parameter names,
    /// case-sensitive as in the URL). A hash route (<c>#/completed</c>) is kept; a query inside it is masked the same way.
    /// </summary>
    public static string Mask(string url, IReadOnlyCollection<string> keep)
    {
        ArgumentNullException.ThrowIfNull(url);
        ArgumentNullException.ThrowIfNull(keep);
        if (url.AsSpan().IndexOfAny('?', '#', '@') < 0)
        {
            return url; // nothing to mask, and no copy: this runs for every recorded event
        }

        var hash = url.IndexOf('#', StringComparison.Ordinal);
        var (beforeHash, fragment) = hash < 0 ? (url, null) : (url[..hash], url[(hash + 1)..]);
        var question = beforeHash.IndexOf('?', StringComparison.Ordinal);
        var masked = new StringBuilder(url.Length + 8);
        masked.Append(UserInfoPassword().Replace(question < 0 ? beforeHash : beforeHash[..question], "$1:" + Masked + "@"));
        if (question >= 0)
        {
            masked.Append('?').Append(MaskPairs(beforeHash[(question + 1)..], keep));
        }

        if (fragment is not null)
        {
            masked.Append('#').Append(MaskFragment(fragment, keep));
        }

        return masked.ToString();
    }

    /// <summary>Every http(s) URL inside <paramref name="text"/> (a request line, an error message) masked as by <see cref="Mask"/>.</summary>
    public static string MaskUrlsIn(string text, IReadOnlyCollection<string> keep)
    {
        ArgumentNullException.ThrowIfNull(text);
        return text.Contains("://", StringComparison.Ordinal) ? EmbeddedUrl().Replace(text, m => Mask(m.Value, keep)) : text;
    }

    /// <summary>A route after <c>#</c> stays; a query inside it, or a fragment that is itself <c>key=value</c> pairs, is masked.</summary>
    private static string MaskFragment(string fragment, IReadOnlyCollection<string> keep)
    {
        var question = fragment.IndexOf('?', StringComparison.Ordinal);
        if (question >= 0)
        {
            return fragment[..question] + "?" + MaskPairs(fragment[(question + 1)..], keep);
        }

        var equals = fragment.IndexOf('=', StringComparison.Ordinal);
        return equals > 0 && fragment.IndexOf('/', StringComparison.Ordinal) is var slash && (slash < 0 || slash > equals)
            ? MaskPairs(fragment, keep)
            : fragment;
    }

    private static string MaskPairs(string pairs, IReadOnlyCollection<string> keep)
    {
        if (pairs.Length == 0)
        {
            return pairs;
        }

        var parts = pairs.Split('&');
        for (var i = 0; i < parts.Length; i++)
        {
            var equals = parts[i].IndexOf('=', StringComparison.Ordinal);
            var name = equals < 0 ? parts[i] : parts[i][..equals];
            if (keep.Contains(Uri.UnescapeDataString(name)))
            {
                continue;
            }

            // A bare token (?AB12CD) may be a secret as much as a value is.
            parts[i] = equals < 0 ? (name.Length == 0 ? name : Masked) : equals == parts[i].Length - 1 ? parts[i] : name + "=" + Masked;
        }

        return string.Join('&', parts);
    }

    // scheme://user:password@ — the password part, up to the '@' before the host.
    [GeneratedRegex(@"^([a-zA-Z][a-zA-Z0-9+.\-]*://[^/?#@:]*):[^/?#@]*@", RegexOptions.CultureInvariant)]
    private static partial Regex UserInfoPassword();

    // A URL inside free text ends at white space, a quote or an angle bracket.
    [GeneratedRegex(@"https?://[^\s""'<>]+", RegexOptions.CultureInvariant)]
    private static partial Regex EmbeddedUrl();
}
