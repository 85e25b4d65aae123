namespace UsabilityLab.Server.Accounts;

/// <summary>
/// Where a sign-in may send the browser afterwards: a path on this site, never another site. A browser reads
/// <c>//evil.example</c>, <c>/\evil.example</c> and <c>/&#x9;/evil.example</c> (tabs and newlines are dropped) as
/// another host, so only a path that starts with one <c>/</c>, has no backslash and no control character goes.
/// </summary>
public static class LocalReturnUrl
{
    /// <summary>Where to go when the given address may not be followed.</summary>
    public const string Home = "/";

    /// <summary>Whether <paramref name="url"/> is a path on this site.</summary>
    public static bool IsLocal(string? url) =>
        url is { Length: > 0 and <= 2048 }
        && url[0] == '/'
        && (url.Length == 1 || url[1] is not ('/' or '\\'))
        && !url.Any(c => char.IsControl(c) || c == '\\');

    /// <summary><paramref name="url"/> when it is local, else <see cref="Home"/>.</summary>
    public static string OrHome(string? url) => IsLocal(url) ? url! : Home;
}
