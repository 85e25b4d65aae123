using ScottPlot;
using UsabilityLab.Core.Sessions;
using UsabilityLab.Reporting.Charts;

namespace UsabilityLab.Reporting.Heatmaps;

/// <summary>
/// The shared frame of every heatmap: the page screenshot as backdrop in page coordinates (y grows downwards, as on
/// the page), axes in CSS px, a fixed layout so that one CSS px maps to <see cref="HeatmapOptions.Zoom"/> image pixels.
/// </summary>
internal sealed class HeatmapCanvas : IDisposable
{
    private const int PadLeft = 70;
    private const int PadRight = 150;
    private const int PadBottom = 50;
    private const int LegendHeight = 34;
    private const int PadTopNoTitle = 12;
    private const int PadTopTitle = 44;

    private readonly HeatmapOptions _options;
    private readonly int _padTop;
    private int _padBottom = PadBottom;

    public HeatmapCanvas(PageSnapshot snapshot, HeatmapOptions options)
    {
        _options = options;
        Snapshot = snapshot;
        // The screenshot may be taken at a device pixel ratio ≠ 1; page coordinates are CSS px.
        DevicePixelRatio = snapshot.ViewportWidth > 0 ? (double)snapshot.Width / snapshot.ViewportWidth : 1;
        PageWidth = snapshot.Width / DevicePixelRatio;
        PageHeight = snapshot.Height / DevicePixelRatio;
        CropTop = Math.Clamp(options.CropTop, 0, Math.Max(0, PageHeight - 1));
        CropBottom = Math.Min(PageHeight, CropTop + (options.CropHeight ?? PageHeight));
        _padTop = options.Title is null ? PadTopNoTitle : PadTopTitle;

        Plot = new Plot();
        ChartStyle.ApplyFonts(Plot);
        Plot.Add.ImageRect(new Image(snapshot.Png), new CoordinateRect(0, PageWidth, PageHeight, 0));
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

    public PageSnapshot Snapshot { get; }

    public double DevicePixelRatio { get; }

    public double PageWidth { get; }

    public double PageHeight { get; }

    public double CropTop { get; }

    public double CropBottom { get; }

    /// <summary>Makes room under the x axis for a legend panel.</summary>
    public void ReserveLegend()
    {
        _padBottom = PadBottom + LegendHeight;
        Plot.Layout.Fixed(new PixelPadding(PadLeft, PadRight, _padBottom, _padTop));
    }

    public HeatmapImage Render()
    {
        var dataWidth = (int)Math.Round(PageWidth * _options.Zoom);
        var dataHeight = (int)Math.Round((CropBottom - CropTop) * _options.Zoom);
        var width = PadLeft + dataWidth + PadRight;
        var height = _padTop + dataHeight + _padBottom;
        var format = _options.Jpeg ? ImageFormat.Jpeg : ImageFormat.Png;
        var bytes = Plot.GetImageBytes(width, height, format);
        return new HeatmapImage(bytes, width, height, PadLeft, _padTop, _options.Zoom, CropTop, _options.Jpeg ? "image/jpeg" : "image/png");
    }

    public void Dispose() => Plot.Dispose();
}
