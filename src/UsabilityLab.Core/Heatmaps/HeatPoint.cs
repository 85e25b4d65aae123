namespace UsabilityLab.Core.Heatmaps;

/// <summary>A point in document coordinates (CSS px from the page's top-left corner) with a weight.</summary>
/// <param name="X">Document x.</param>
/// <param name="Y">Document y.</param>
/// <param name="Weight">How much the point counts; 1 for one click.</param>
public readonly record struct HeatPoint(double X, double Y, double Weight = 1);
