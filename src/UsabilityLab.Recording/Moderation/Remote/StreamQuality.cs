namespace UsabilityLab.Recording.Moderation.Remote;

/// <summary>The screencast's picture settings: JPEG quality and the largest frame size Chromium sends.</summary>
/// <param name="JpegQuality">1–100.</param>
/// <param name="MaxWidth">Frames are scaled down to this width …</param>
/// <param name="MaxHeight">… and this height, keeping their aspect.</param>
public sealed record StreamQuality(int JpegQuality, int MaxWidth, int MaxHeight)
{
    /// <summary>
    /// The steps a congested stream goes down, best first: the session's own settings (<see cref="FrameCaps"/>), then
    /// lower quality, then smaller frames. A 1280×800 JPEG of a shop page is about 60–90 kB at 60 and 25–35 kB at 30.
    /// </summary>
    public static IReadOnlyList<StreamQuality> Ladder(FrameCaps caps)
    {
        ArgumentNullException.ThrowIfNull(caps);
        return
        [
            new(caps.JpegQuality, caps.MaxWidth, caps.MaxHeight),
            new(Math.Min(caps.JpegQuality, 45), caps.MaxWidth, caps.MaxHeight),
            new(Math.Min(caps.JpegQuality, 30), caps.MaxWidth * 3 / 4, caps.MaxHeight * 3 / 4),
            new(Math.Min(caps.JpegQuality, 20), caps.MaxWidth / 2, caps.MaxHeight / 2),
        ];
    }
}
