namespace UsabilityLab.Core.Metrics;

/// <summary>Comparison of two sets of task times through their geometric means (A / B).</summary>
/// <param name="GeoMeanA">Geometric mean time of the first run (s).</param>
/// <param name="GeoMeanB">Geometric mean time of the second run (s).</param>
/// <param name="Ratio">GeoMeanA / GeoMeanB; 0.8 means A is 20 % faster.</param>
/// <param name="RatioCi">Confidence interval of the ratio (back-transformed Welch interval of the log difference).</param>
/// <param name="T">Welch t statistic on the log times.</param>
/// <param name="DegreesOfFreedom">Welch–Satterthwaite degrees of freedom.</param>
/// <param name="P">Two-sided p-value.</param>
public sealed record TimeRatio(double GeoMeanA, double GeoMeanB, double Ratio, Interval RatioCi, double T, double DegreesOfFreedom, double P);
