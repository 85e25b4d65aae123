using System.Globalization;

namespace UsabilityLab.Recording.Runner;

/// <summary>
/// The caps on a page's heatmap backdrop, and the notes a heatmap carries when one applied. Measured on Chromium 156
/// (two cores): saving a page as an archive blocks the page's renderer, so the participant's next action, for about
/// 0.15–0.3 s per MB of page (25 MB: 3.9–7.6 s), whatever the number of elements; painting costs per pixel of height,
/// and a JPEG cannot be taller than 65,535 px (docs/study-format.md#capture-and-privacy).
/// </summary>
public static class BackdropLimits
{
    /// <summary>
    /// Largest page kept whole, in bytes of its document and of the images, styles and fonts it loaded (what an archive
    /// holds; scripts and fetched data are not in it). At this size an archive blocks the page for 1.2–2.4 s; few real
    /// pages weigh more without their scripts. A larger page keeps only its first screen.
    /// </summary>
    public const long MaxArchiveBytes = 8_000_000;

    /// <summary>
    /// Most elements in a page kept whole: a page that builds its DOM by script has few bytes to count, and an archive's
    /// cost follows its DOM then (250,000 small elements: about 0.7 s). Ordinary pages have a few thousand.
    /// </summary>
    public const int MaxArchiveElements = 250_000;

    /// <summary>
    /// Tallest (and widest) backdrop painted, in CSS pixels: twenty screens of 800 px. Painting costs per pixel (3–5 s
    /// at this height here), a heatmap decodes the whole picture (84 MB at 1280 px wide), and clicks that deep are rare.
    /// The cut does not bound everything: Chromium lays out and records the whole page to capture beyond the viewport
    /// (a cut of a 1.6 million px page took 20–25 s, on a loaded machine), so painting also has a time limit. Resizing
    /// the viewport to the cut instead was 3× faster there, but lays the page out anew: a 100vh banner grew to the cut.
    /// </summary>
    public const int MaxPaintHeight = 16_384;

    /// <summary>The note of a backdrop that shows only the page's first screen, and why.</summary>
    internal static string FirstScreenOnly(string why) => $"only the first screen: {why}";

    /// <summary>Why a page whose document was still being read after <paramref name="waitedMs"/> is not kept whole.</summary>
    internal static string StillLoading(int waitedMs) =>
        string.Create(CultureInfo.InvariantCulture, $"the page was still loading after {waitedMs / 1000.0:0} s");

    /// <summary>Why a page of <paramref name="bytes"/> is not kept whole.</summary>
    internal static string TooManyBytes(long bytes) =>
        string.Create(CultureInfo.InvariantCulture, $"the page was too large to keep whole ({bytes / 1e6:0.0} MB; limit {MaxArchiveBytes / 1e6:0.#} MB)");

    /// <summary>Why a page of <paramref name="elements"/> elements is not kept whole.</summary>
    internal static string TooManyElements(int elements) =>
        string.Create(CultureInfo.InvariantCulture, $"the page was too large to keep whole ({elements:N0} elements; limit {MaxArchiveElements:N0})");

    /// <summary>The note of a backdrop cut at <see cref="MaxPaintHeight"/>; null when the page fitted.</summary>
    internal static string? CutNote(int pageWidth, int pageHeight)
    {
        var cuts = new List<string>(2);
        if (pageHeight > MaxPaintHeight)
        {
            cuts.Add(string.Create(CultureInfo.InvariantCulture, $"cut at {MaxPaintHeight:N0} px: the page is {pageHeight:N0} px tall"));
        }

        if (pageWidth > MaxPaintHeight)
        {
            cuts.Add(string.Create(CultureInfo.InvariantCulture, $"cut at {MaxPaintHeight:N0} px wide: the page is {pageWidth:N0} px wide"));
        }

        return cuts.Count == 0 ? null : string.Join("; ", cuts);
    }
}
