using ScottPlot;

namespace UsabilityLab.Reporting.Heatmaps;

/// <summary>The colour axis of a heat layer drawn outside ScottPlot, so ScottPlot's colour bar can label it.</summary>
internal sealed class HeatScale(double max) : IHasColorAxis
{
    public IColormap Colormap { get; set; } = new ScottPlot.Colormaps.Turbo();

    public ScottPlot.Range GetRange() => new(0, max);
}
