using System.Collections.Concurrent;

namespace UsabilityLab.Reporting.Heatmaps;

/// <summary>
/// The heat colours as a 256-entry lookup table of premultiplied RGBA pixels (R in the low byte): Turbo for the
/// colour, <see cref="ClickHeatmapRenderer.Opacity"/> for the alpha. Colouring millions of cells then costs one
/// multiply and one table read each, instead of a colour-map evaluation and a blend.
/// </summary>
internal sealed class HeatPalette
{
    public const int Levels = 256;

    private static readonly ConcurrentDictionary<double, HeatPalette> Cache = new();

    private HeatPalette(double maxOpacity)
    {
        var colormap = new ScottPlot.Colormaps.Turbo();
        for (var i = 0; i < Levels; i++)
        {
            var t = (double)i / (Levels - 1);
            var alpha = ClickHeatmapRenderer.Opacity(t, maxOpacity);
            var colour = colormap.GetColor(t);
            uint Premultiplied(byte channel) => (uint)Math.Round(channel * alpha);
            Pixels[i] = Premultiplied(colour.R) | (Premultiplied(colour.G) << 8) | (Premultiplied(colour.B) << 16) | ((uint)Math.Round(255 * alpha) << 24);
        }
    }

    /// <summary>Premultiplied RGBA (little-endian: R, G, B, A bytes) of level 0 … 255; level i is density i / 255 of the maximum.</summary>
    public uint[] Pixels { get; } = new uint[Levels];

    public static HeatPalette For(double maxOpacity) => Cache.GetOrAdd(maxOpacity, o => new HeatPalette(o));
}
