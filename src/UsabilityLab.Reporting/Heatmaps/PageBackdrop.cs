using SkiaSharp;
using UsabilityLab.Core.Sessions;

namespace UsabilityLab.Reporting.Heatmaps;

/// <summary>
/// A page screenshot decoded once, to draw several heatmaps over (a report draws click heatmaps and signal crops of
/// the same page). Skia reads the format from the bytes, so PNG and JPEG screenshots both work.
/// </summary>
public sealed class PageBackdrop : IDisposable
{
    /// <summary>Decodes <paramref name="snapshot"/>'s image.</summary>
    /// <exception cref="InvalidDataException">The bytes are not an image Skia can read.</exception>
    public PageBackdrop(PageScreenshot snapshot)
        : this(snapshot, Decode(snapshot), 0)
    {
    }

    private PageBackdrop(PageScreenshot snapshot, SKBitmap bitmap, int firstRow)
    {
        ArgumentNullException.ThrowIfNull(snapshot);
        Snapshot = snapshot;
        Bitmap = bitmap;
        FirstRow = firstRow;
        // Immutable pixels let Skia wrap them in an image without copying for every heatmap drawn over them.
        Bitmap.SetImmutable();
        Image = SKImage.FromBitmap(Bitmap);
    }

    /// <summary>
    /// The rows of the page between <paramref name="cropTop"/> and <paramref name="cropBottom"/> (CSS px), decoded at
    /// the smallest JPEG scale that still gives <paramref name="zoom"/> pixels per CSS px. A report's heatmap shows a
    /// third of a long page at 62 %: that band at 5/8 scale decodes in a third of the time of the whole page, and is
    /// drawn without scaling. Null when the screenshot is not a JPEG (PNG cannot be decoded by rows here).
    /// </summary>
    public static PageBackdrop? Band(PageScreenshot snapshot, double cropTop, double cropBottom, double zoom)
    {
        ArgumentNullException.ThrowIfNull(snapshot);
        var pageWidth = PageGeometry.CssSize(snapshot).Width;
        var scale = zoom / PageGeometry.DevicePixelRatio(snapshot);
        var eighths = Math.Clamp((int)Math.Ceiling((scale * 8) - 1e-9), 1, 8);
        var band = ImageRegion.DecodeScaledRows(snapshot.Image, eighths, size =>
        {
            var rowsPerCssPx = size.Width / pageWidth;
            var first = (int)Math.Floor(cropTop * rowsPerCssPx);
            return (first, (int)Math.Ceiling(cropBottom * rowsPerCssPx) - first);
        });
        return band is { } b ? new PageBackdrop(snapshot, b.Rows, b.First) : null;
    }

    private static SKBitmap Decode(PageScreenshot snapshot) =>
        SKBitmap.Decode(snapshot?.Image ?? throw new ArgumentNullException(nameof(snapshot)))
        ?? throw new InvalidDataException($"The screenshot of {snapshot.PageKey} @ {snapshot.ViewportWidth} px is not a readable image.");

    /// <summary>The screenshot's page, sizes and encoded bytes.</summary>
    public PageScreenshot Snapshot { get; }

    /// <summary>The decoded pixels (the encoded size may differ from the recorded one; these are the real ones). Their width
    /// spans the page; a band has fewer rows than the page.</summary>
    internal SKBitmap Bitmap { get; }

    /// <summary>Rows of the decoded page above <see cref="Bitmap"/>'s first row: 0 unless only a band of it was decoded.</summary>
    internal int FirstRow { get; }

    /// <summary>The same pixels as an image, for drawing.</summary>
    internal SKImage Image { get; }

    /// <inheritdoc />
    public void Dispose()
    {
        Image.Dispose();
        Bitmap.Dispose();
    }
}
