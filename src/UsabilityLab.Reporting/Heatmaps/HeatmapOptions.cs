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

/// <summary>A rendered heatmap and where the page lies inside it, so callers (and tests) can map page points to pixels.</summary>
/// <param name="Bytes">Encoded image (PNG or JPEG).</param>
/// <param name="Width">Image width in pixels.</param>
/// <param name="Height">Image height in pixels.</param>
/// <param name="DataLeft">Image x of the page's left edge.</param>
/// <param name="DataTop">Image y of the crop's top edge.</param>
/// <param name="Zoom">Image pixels per CSS px.</param>
/// <param name="CropTop">Page y (CSS px) at <paramref name="DataTop"/>.</param>
/// <param name="MediaType">image/png or image/jpeg.</param>
public sealed record HeatmapImage(byte[] Bytes, int Width, int Height, int DataLeft, int DataTop, double Zoom, double CropTop, string MediaType)
{
    /// <summary>Image pixel of a page point.</summary>
    public (double X, double Y) ToPixel(double pageX, double pageY) => (DataLeft + (pageX * Zoom), DataTop + ((pageY - CropTop) * Zoom));

    /// <summary>Data URI for embedding in HTML.</summary>
    public string DataUri => $"data:{MediaType};base64,{Convert.ToBase64String(Bytes)}";
}
