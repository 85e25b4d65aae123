using UsabilityLab.Core.Sessions;

namespace UsabilityLab.Core.Runs;

/// <summary>One attempt as <see cref="RunTally"/> counts it.</summary>
public sealed record TalliedAttempt(string TaskId, AttemptOutcome Outcome, double StartMs, double EndMs, bool Unrestored);
