using System.Text.RegularExpressions;
using UsabilityLab.Core.Pages;

namespace UsabilityLab.Core.Signals;

/// <summary>
/// Known background noise of a site that a study silences (<c>capture.ignore</c>): failed requests whose URL matches
/// one of <paramref name="Requests"/> (URL patterns, docs/study-format.md#url-patterns) and console errors or page
/// errors whose message matches one of <paramref name="Console"/> (regular expressions).
/// </summary>
public sealed record NoiseRules(IReadOnlyList<string> Requests, IReadOnlyList<string> Console)
{
    private static readonly TimeSpan RegexBudget = TimeSpan.FromMilliseconds(250);

    /// <summary>Nothing silenced.</summary>
    public static NoiseRules None { get; } = new([], []);

    /// <summary>True when a study's rules silence <paramref name="error"/> (an error event's kind and detail).</summary>
    public bool Silences(Events.RecordedEvent error)
    {
        if (error.Detail is not { } detail)
        {
            return false;
        }

        if (error.Kind is Events.EventKind.RequestFailed or Events.EventKind.HttpError)
        {
            return SiteNoise.RequestUrl(detail) is { } url && Requests.Any(p => UrlPattern.IsMatch(p, url));
        }

        return Console.Any(p => Matches(p, detail));
    }

    private static bool Matches(string pattern, string message)
    {
        try
        {
            return Regex.IsMatch(message, pattern, RegexOptions.CultureInvariant, RegexBudget);
        }
        catch (RegexMatchTimeoutException)
        {
            return false;
        }
    }
}
