namespace UsabilityLab.Core.Heatmaps;

/// <summary>A point in document coordinates (CSS px from the page's top-left corner) with a weight.</summary>
/// <param name="X">Document x.</param>
/// <param name="Y">Document y.</param>
/// <param name="Weight">How much the point counts; 1 for one click.</param>
public readonly record struct HeatPoint(double X, double Y, double Weight = 1);

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
