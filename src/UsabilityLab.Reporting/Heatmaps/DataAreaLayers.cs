using ScottPlot;
using SkiaSharp;

namespace UsabilityLab.Reporting.Heatmaps;

/// <summary>
/// A ScottPlot render step that draws the data area straight onto the figure, right after the data background and
/// before the plottables (markers, scroll tint) and the frame: the screenshot crop scaled to the area, then the heat
/// layer pixel for pixel. ScottPlot's own image plottable resamples the whole image on every render (over a second
/// for a 1280×4000 page); an intermediate composed bitmap would cost one more full-size pass.
/// </summary>
internal sealed class DataAreaLayers : IRenderAction
{
    private SKImage? _backdrop;
    private SKRect _source;
    private SKBitmap? _overlay;

    /// <summary>Adds the step to <paramref name="plot"/>'s pipeline, after the data background.</summary>
    public DataAreaLayers(Plot plot)
    {
        var actions = plot.RenderManager.RenderActions;
        var background = actions.FindIndex(a => a is ScottPlot.Rendering.RenderActions.RenderDataBackground);
        actions.Insert(background + 1, this);
    }

    /// <summary>The part of <paramref name="screenshot"/> to scale into the data area (not owned).</summary>
    public void SetBackdrop(SKImage screenshot, SKRect source) => (_backdrop, _source) = (screenshot, source);

    /// <summary>A premultiplied layer exactly the data area's size, drawn over the backdrop (not owned).</summary>
    public void SetOverlay(SKBitmap overlay) => _overlay = overlay;

    public void Render(RenderPack rp)
    {
        var area = SKRect.Create(rp.DataRect.Left, rp.DataRect.Top, rp.DataRect.Width, rp.DataRect.Height);
        if (_backdrop is not null)
        {
            // At 1:1 (a full-size product render) nearest is an exact copy and far cheaper than bilinear filtering.
            var identity = Math.Abs(_source.Width - area.Width) < 0.5 && Math.Abs(_source.Height - area.Height) < 0.5;
            using var paint = new SKPaint();
            rp.Canvas.DrawImage(_backdrop, _source, area, new SKSamplingOptions(identity ? SKFilterMode.Nearest : SKFilterMode.Linear), paint);
        }

        if (_overlay is not null)
        {
            rp.Canvas.DrawBitmap(_overlay, area.Left, area.Top);
        }
    }
}
