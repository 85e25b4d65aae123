using UsabilityLab.Core.Events;
using UsabilityLab.Core.Studies;

namespace UsabilityLab.Core.Sessions;

/// <summary>
/// A page as it stood, saved as one MHTML archive (its DOM with styles, images and fonts inlined; no scripts, and no
/// values typed into its fields). Saving it takes Chromium 10–25 ms, in the background, where a full-page screenshot
/// takes 250–550 ms; the backdrop is painted from it when first needed, at the viewport the page was seen in, so it
/// lays out the same.
/// </summary>
public sealed record PageArchive(string PageKey, int ViewportWidth, int ViewportHeight, string Mhtml)
{
    /// <summary>The view it holds (<see cref="PageScreenshot.State"/>).</summary>
    public string State { get; init; } = "";
}
