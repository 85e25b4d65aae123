using UsabilityLab.Core.Heatmaps;
using UsabilityLab.Reporting.Heatmaps;

namespace UsabilityLab.Application.Heatmaps;

/// <summary>Which heatmaps <see cref="HeatmapRendering"/> draws.</summary>
/// <param name="Run">Run id, or a study name for its latest run.</param>
/// <param name="Kind">Click, move or scroll.</param>
public sealed record HeatmapSettings(string Run, HeatmapKind Kind)
{
    /// <summary>Page URL, path or glob (e.g. /product/*); null for every page.</summary>
    public string? Page { get; init; }

    /// <summary>Only the events of this task id; null for all.</summary>
    public string? Task { get; init; }

    /// <summary>FILE.png for one page, or a folder; null for out/heatmaps.</summary>
    public string? Out { get; init; }
}
