using UsabilityLab.Browser;
using UsabilityLab.Core.Studies;

namespace UsabilityLab.Recording.Moderation;

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
