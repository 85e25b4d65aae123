namespace UsabilityLab.Core.Metrics;

/// <summary>One attempt as the ISO/IEC 25022 efficiency measures see it.</summary>
/// <param name="Success">Whether the goal was achieved.</param>
/// <param name="Seconds">Time spent, strictly positive.</param>
public readonly record struct TimedAttempt(bool Success, double Seconds);
