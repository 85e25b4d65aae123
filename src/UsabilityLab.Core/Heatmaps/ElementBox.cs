namespace UsabilityLab.Core.Heatmaps;

/// <summary>An element's bounding box in document coordinates (CSS px).</summary>
/// <param name="X">Left edge.</param>
/// <param name="Y">Top edge.</param>
/// <param name="Width">Width.</param>
/// <param name="Height">Height.</param>
public readonly record struct ElementBox(double X, double Y, double Width, double Height)
{
    /// <summary>True when the point lies within the box grown by <paramref name="margin"/> px on every side.</summary>
    public bool Contains(double x, double y, double margin = 0) =>
        x >= X - margin && x <= X + Width + margin && y >= Y - margin && y <= Y + Height + margin;

    /// <summary>Centre of the box.</summary>
    public (double X, double Y) Center => (X + (Width / 2), Y + (Height / 2));
}
