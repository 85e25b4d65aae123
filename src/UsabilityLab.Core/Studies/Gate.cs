namespace UsabilityLab.Core.Studies;

/// <summary>CI gate for one task: every condition must hold.</summary>
public sealed record Gate(string Task, IReadOnlyList<GateCondition> Conditions);
