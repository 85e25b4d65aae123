using UsabilityLab.Core.Studies;
using UsabilityLab.Recording.Browser;

namespace UsabilityLab.Recording.Moderation;

/// <summary>What a moderated session needs besides its journals.</summary>
public sealed record ModeratedSessionOptions
{
    /// <summary>The study whose tasks the participant works through.</summary>
    public required Study Study { get; init; }

    /// <summary>The participant's label (e.g. <c>P07</c>); pseudonymous, never a name.</summary>
    public required string Participant { get; init; }

    /// <summary>Browser settings (executable, viewport, locale, timeouts).</summary>
    public required BrowserConfig Browser { get; init; }

    /// <summary>Run the participant's browser without a window (tests, machines without a display).</summary>
    public bool Headless { get; init; }

    /// <summary>Extra Chromium switches for the participant's browser.</summary>
    public IReadOnlyList<string> ExtraBrowserArgs { get; init; } = [];

    /// <summary>Limits on the screen frames kept and shown.</summary>
    public FrameCaps Frames { get; init; } = FrameCaps.Default;

    /// <summary>
    /// Take a full-page screenshot of each distinct page as heatmap backdrop, in a separate headless browser so the
    /// participant's page never resizes or flickers. Off in tests that don't need it (it costs a browser).
    /// </summary>
    public bool Backdrops { get; init; } = true;

    /// <summary>Where the session's clocks read real time (task times, pauses, notes); tests move a fake one on.</summary>
    public TimeProvider Time { get; init; } = TimeProvider.System;
}

/// <summary>
/// Limits on the participant's screen frames (CDP screencast). Chromium only sends a frame when the page repaints,
/// so a still page costs nothing; the caps bound a page that animates continuously.
/// </summary>
/// <param name="StoredPerSecond">Frames kept per second at most (the last picture of a burst is always kept).</param>
/// <param name="LivePerSecond">Frames per second sent to the moderator's console.</param>
/// <param name="JpegQuality">JPEG quality 1–100 asked of Chromium.</param>
/// <param name="MaxWidth">Frames are scaled down to fit this width …</param>
/// <param name="MaxHeight">… and this height.</param>
/// <param name="MaxStoredBytes">Total JPEG bytes kept per session; after that the live view goes on, storage stops.</param>
public sealed record FrameCaps(double StoredPerSecond, double LivePerSecond, int JpegQuality, int MaxWidth, int MaxHeight, long MaxStoredBytes)
{
    /// <summary>2 stored and 5 live frames/s, quality 60, at most 1280×800, 150 MB per session.</summary>
    public static FrameCaps Default { get; } = new(2, 5, 60, 1280, 800, 150L * 1024 * 1024);
}
