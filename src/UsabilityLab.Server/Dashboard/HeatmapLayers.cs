using System.Collections.Concurrent;
using System.Runtime.CompilerServices;
using UsabilityLab.Reporting.Report;

namespace UsabilityLab.Server.Dashboard;

/// <summary>
/// Heatmap layers as images, drawn once per heatmap and kept as long as its report model is (a model that is replaced
/// when its run changes takes its layers with it): a browser gets a PNG, never a list of points.
/// </summary>
internal sealed class HeatmapLayers
{
    /// <summary>The layers a page can ask for.</summary>
    public static readonly IReadOnlyList<string> Kinds = ["clicks", "moves", "scroll"];

    private readonly ConditionalWeakTable<HeatmapSource, ConcurrentDictionary<string, Lazy<byte[]?>>> _drawn = [];

    public byte[]? Layer(HeatmapSource source, string kind) =>
        _drawn.GetOrCreateValue(source).GetOrAdd(kind, k => new Lazy<byte[]?>(() => source.Layer(k))).Value;
}
