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
    public PageBackdrop(PageSnapshot snapshot)
    {
        ArgumentNullException.ThrowIfNull(snapshot);
        Snapshot = snapshot;
        Bitmap = SKBitmap.Decode(snapshot.Image)
            ?? throw new InvalidDataException($"The screenshot of {snapshot.PageKey} @ {snapshot.ViewportWidth} px is not a readable image.");
        // Immutable pixels let Skia wrap them in an image without copying for every heatmap drawn over them.
        Bitmap.SetImmutable();
        Image = SKImage.FromBitmap(Bitmap);
    }

    /// <summary>The screenshot's page, sizes and encoded bytes.</summary>
    public PageSnapshot Snapshot { get; }

    /// <summary>The decoded pixels (the encoded size may differ from the recorded one; these are the real ones).</summary>
    internal SKBitmap Bitmap { get; }

    /// <summary>The same pixels as an image, for drawing.</summary>
    internal SKImage Image { get; }

    /// <inheritdoc />
    public void Dispose()
    {
        Image.Dispose();
        Bitmap.Dispose();
    }
}
