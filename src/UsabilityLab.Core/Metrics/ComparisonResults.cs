namespace UsabilityLab.Core.Metrics;

/// <summary>Difference between two completion rates (A − B).</summary>
/// <param name="A">Rate of the first run, with its own adjusted-Wald interval.</param>
/// <param name="B">Rate of the second run.</param>
/// <param name="Difference">Observed difference of the rates, A − B.</param>
/// <param name="Z">N−1 two-proportion test statistic.</param>
/// <param name="P">Two-sided p-value.</param>
/// <param name="Ci">Adjusted-Wald interval of the difference, clipped to [−1, 1].</param>
public sealed record ProportionDifference(Proportion A, Proportion B, double Difference, double Z, double P, Interval Ci);

/// <summary>Welch's unequal-variance t-test of two means (A − B).</summary>
/// <param name="MeanA">Mean of the first sample.</param>
/// <param name="MeanB">Mean of the second sample.</param>
/// <param name="Difference">MeanA − MeanB.</param>
/// <param name="T">t statistic.</param>
/// <param name="DegreesOfFreedom">Welch–Satterthwaite degrees of freedom (not an integer in general).</param>
/// <param name="P">Two-sided p-value.</param>
/// <param name="Ci">Confidence interval of the difference.</param>
public sealed record WelchResult(double MeanA, double MeanB, double Difference, double T, double DegreesOfFreedom, double P, Interval Ci);

/// <summary>Comparison of two sets of task times through their geometric means (A / B).</summary>
/// <param name="GeoMeanA">Geometric mean time of the first run (s).</param>
/// <param name="GeoMeanB">Geometric mean time of the second run (s).</param>
/// <param name="Ratio">GeoMeanA / GeoMeanB; 0.8 means A is 20 % faster.</param>
/// <param name="RatioCi">Confidence interval of the ratio (back-transformed Welch interval of the log difference).</param>
/// <param name="T">Welch t statistic on the log times.</param>
/// <param name="DegreesOfFreedom">Welch–Satterthwaite degrees of freedom.</param>
/// <param name="P">Two-sided p-value.</param>
public sealed record TimeRatio(double GeoMeanA, double GeoMeanB, double Ratio, Interval RatioCi, double T, double DegreesOfFreedom, double P);
