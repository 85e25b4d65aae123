namespace UsabilityLab.Core.Metrics;

/// <summary>Welch's unequal-variance t-test of two means (A − B).</summary>
/// <param name="MeanA">Mean of the first sample.</param>
/// <param name="MeanB">Mean of the second sample.</param>
/// <param name="Difference">MeanA − MeanB.</param>
/// <param name="T">t statistic.</param>
/// <param name="DegreesOfFreedom">Welch–Satterthwaite degrees of freedom (not an integer in general).</param>
/// <param name="P">Two-sided p-value.</param>
/// <param name="Ci">Confidence interval of the difference.</param>
public sealed record WelchResult(double MeanA, double MeanB, double Difference, double T, double DegreesOfFreedom, double P, Interval Ci);
