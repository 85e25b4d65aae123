namespace UsabilityLab.Core.Heatmaps;

/// <summary>What a heatmap shows.</summary>
public enum HeatmapKind
{
    /// <summary>Click density.</summary>
    Click,

    /// <summary>Mouse-movement density (where attention lingered).</summary>
    Move,

    /// <summary>Share of participants who saw each depth of the page.</summary>
    Scroll,
}
