namespace UsabilityLab.Core.Metrics;

/// <summary>Difference between two completion rates (A − B).</summary>
/// <param name="A">Rate of the first run, with its own adjusted-Wald interval.</param>
/// <param name="B">Rate of the second run.</param>
/// <param name="Difference">Observed difference of the rates, A − B.</param>
/// <param name="Z">N−1 two-proportion test statistic.</param>
/// <param name="P">Two-sided p-value.</param>
/// <param name="Ci">Adjusted-Wald interval of the difference, clipped to [−1, 1].</param>
public sealed record ProportionDifference(Proportion A, Proportion B, double Difference, double Z, double P, Interval Ci);
