using UsabilityLab.Core.Heatmaps;

namespace UsabilityLab.Reporting.Heatmaps;

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
