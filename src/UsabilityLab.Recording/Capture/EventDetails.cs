using Microsoft.Playwright;

namespace UsabilityLab.Recording.Capture;

/// <summary>The detail text of events the lab observes itself (errors, failed requests, dialogs), kept short.</summary>
internal static class EventDetails
{
    /// <summary>
    /// <c>METHOD URL[ failure] (resource type)</c>: the type last and never cut off, because it tells the site's
    /// background noise from a failure a person sees (Core.Signals.SiteNoise).
    /// </summary>
    public static string Request(IRequest request, string? failure) =>
        $"{request.Method} {Trim(request.Url, 400)}{(failure is null ? "" : " " + Trim(failure, 80))} ({request.ResourceType})";

    /// <summary><paramref name="text"/> cut to <paramref name="max"/> characters.</summary>
    public static string Trim(string text, int max = 500) => text.Length <= max ? text : text[..max];
}
