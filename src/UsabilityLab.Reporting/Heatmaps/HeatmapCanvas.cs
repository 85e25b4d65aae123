using ScottPlot;
using SkiaSharp;
using UsabilityLab.Core.Sessions;
using UsabilityLab.Reporting.Charts;

namespace UsabilityLab.Reporting.Heatmaps;

/// <summary>
/// The shared frame of every heatmap: the page screenshot as backdrop in page coordinates (y grows downwards, as on
/// the page), axes in CSS px, a fixed layout so that one CSS px maps to <see cref="HeatmapOptions.Zoom"/> image pixels.
/// The data area is drawn at exactly its image size (screenshot crop scaled once, the heat layer computed at that size and drawn
/// pixel for pixel) by <see cref="DataAreaLayers"/>, so ScottPlot only draws the frame.
/// </summary>
internal sealed class HeatmapCanvas : IDisposable
{
    private const int PadLeft = 70;
    // Colour bar, its tick labels (up to "1,000") and its rotated label, with room to spare: at 150 the label was cut.
    private const int PadRight = 190;
    private const int PadBottom = 50;
    private const int LegendHeight = 46;
    private const int PadTopNoTitle = 12;
    private const int PadTopTitle = 44;

    private readonly HeatmapOptions _options;
    private readonly int _padTop;
    private readonly DataAreaLayers _layers;
    private SKBitmap? _overlay;
    private int _padBottom = PadBottom;

    /// <summary>Lays out the frame of <paramref name="snapshot"/>'s page; the screenshot itself comes with <see cref="SetBackdrop"/>.</summary>
    public HeatmapCanvas(PageScreenshot snapshot, HeatmapOptions options)
    {
        _options = options;
        (PageWidth, PageHeight) = PageGeometry.CssSize(snapshot);
        CropTop = Math.Clamp(options.CropTop, 0, Math.Max(0, PageHeight - 1));
        CropBottom = Math.Min(PageHeight, CropTop + (options.CropHeight ?? PageHeight));
        DataWidth = Math.Max(1, (int)Math.Round(PageWidth * options.Zoom));
        DataHeight = Math.Max(1, (int)Math.Round((CropBottom - CropTop) * options.Zoom));
        _padTop = options.Title is null ? PadTopNoTitle : PadTopTitle;

        Plot = new Plot();
        ChartStyle.ApplyFonts(Plot);
        _layers = new DataAreaLayers(Plot);
        Plot.Axes.SetLimits(0, PageWidth, CropBottom, CropTop);
        Plot.Layout.Fixed(new PixelPadding(PadLeft, PadRight, _padBottom, _padTop));
        Plot.XLabel("Page x (CSS px)", 13);
        Plot.YLabel("Page y from top (CSS px)", 13);
        Plot.Grid.IsVisible = false;
        Plot.Axes.Bottom.TickGenerator = ChartStyle.Ticks(8, "0");
        Plot.Axes.Left.TickGenerator = ChartStyle.Ticks(Math.Max(3, (int)((CropBottom - CropTop) / 150)), "0");
        if (options.Title is not null)
        {
            Plot.Title(options.Title, 15);
        }
    }

    public Plot Plot { get; }

    public double PageWidth { get; }

    public double PageHeight { get; }

    public double CropTop { get; }

    public double CropBottom { get; }

    /// <summary>Image pixels across the page.</summary>
    public int DataWidth { get; }

    /// <summary>Image pixels down the crop.</summary>
    public int DataHeight { get; }

    /// <summary>Image pixels per CSS px.</summary>
    public double Zoom => _options.Zoom;

    /// <summary>Draws <paramref name="layer"/> (DataWidth × DataHeight, premultiplied) over the screenshot; the canvas owns it from now.</summary>
    public void SetOverlay(SKBitmap layer)
    {
        _overlay?.Dispose();
        // Immutable pixels are drawn in place; mutable ones would be copied first.
        layer.SetImmutable();
        _overlay = layer;
        _layers.SetOverlay(layer);
    }

    /// <summary>Makes room under the x axis for a legend panel.</summary>
    public void ReserveLegend()
    {
        _padBottom = PadBottom + LegendHeight;
        Plot.Layout.Fixed(new PixelPadding(PadLeft, PadRight, _padBottom, _padTop));
    }

    public HeatmapImage Render()
    {
        var width = PadLeft + DataWidth + PadRight;
        var height = _padTop + DataHeight + _padBottom;
        using var surface = SKSurface.Create(new SKImageInfo(width, height, SKColorType.Rgba8888, SKAlphaType.Premul));
        Plot.Render(surface.Canvas, width, height);
        using var pixmap = surface.PeekPixels();
        var bytes = _options.Jpeg ? ImageEncoding.Jpeg(pixmap) : ImageEncoding.Png(pixmap);
        return new HeatmapImage(bytes, width, height, PadLeft, _padTop, _options.Zoom, CropTop, _options.Jpeg ? "image/jpeg" : "image/png");
    }

    public void Dispose()
    {
        Plot.Dispose();
        _overlay?.Dispose();
    }

    /// <summary>Shows the crop of <paramref name="backdrop"/> under the overlay; it must outlive <see cref="Render"/>.</summary>
    public void SetBackdrop(PageBackdrop backdrop)
    {
        // Image pixels per CSS px from the decoded size, which is what counts if it differs from the recorded one.
        var perCssPx = backdrop.Image.Width / PageWidth;
        _layers.SetBackdrop(backdrop.Image, SKRect.Create(0, (float)((CropTop * perCssPx) - backdrop.FirstRow), backdrop.Image.Width, (float)((CropBottom - CropTop) * perCssPx)));
    }
}
