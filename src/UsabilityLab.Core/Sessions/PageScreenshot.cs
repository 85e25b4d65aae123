using UsabilityLab.Core.Events;
using UsabilityLab.Core.Studies;

namespace UsabilityLab.Core.Sessions;

/// <summary>A full-page screenshot of one page at one viewport width; <paramref name="Image"/> is PNG or JPEG (a recorded backdrop is JPEG).</summary>
/// <param name="PageKey">The page, as pages are grouped.</param>
/// <param name="ViewportWidth">The viewport width it was seen at.</param>
/// <param name="Width">The picture's width in pixels.</param>
/// <param name="Height">The picture's height in pixels.</param>
/// <param name="Title">The page's title.</param>
/// <param name="Image">PNG or JPEG bytes.</param>
/// <param name="Note">What a reader of the heatmap should know about the picture (only the first screen of a page too
/// large to archive, a page cut at the height limit); null when it is the whole page as seen.</param>
public sealed record PageScreenshot(string PageKey, int ViewportWidth, int Width, int Height, string? Title, byte[] Image, string? Note = null)
{
    /// <summary>The view it shows (<see cref="Events.EventKind.UiState"/>'s structural hash); empty when not known (a
    /// moderated session's backdrop, a run recorded before views were told apart). A page's first picture stands for
    /// every view of it that has none of its own.</summary>
    public string State { get; init; } = "";
}
