using UsabilityLab.Core.Heatmaps;

namespace UsabilityLab.Reporting.Heatmaps;

/// <summary>How a heatmap image is drawn.</summary>
public sealed record HeatmapOptions
{
    /// <summary>Smoothing σ in CSS px.</summary>
    public double Sigma { get; init; } = DensityMap.DefaultSigma;

    /// <summary>Image pixels per CSS px of the page (1 = the screenshot's own size).</summary>
    public double Zoom { get; init; } = 1;

    /// <summary>First page row shown (CSS px); 0 = the top.</summary>
    public double CropTop { get; init; }

    /// <summary>Rows shown (CSS px); null = to the bottom of the page.</summary>
    public double? CropHeight { get; init; }

    /// <summary>Opacity of the hottest spot (0–1); colder spots fade out so the page stays readable.</summary>
    public double MaxOpacity { get; init; } = 0.75;

    /// <summary>Title above the image; null for none.</summary>
    public string? Title { get; init; }

    /// <summary>PNG (lossless, for files) or JPEG (smaller, for reports).</summary>
    public bool Jpeg { get; init; }
}
