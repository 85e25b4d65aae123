using System.Globalization;
using System.Text.Json.Serialization;
using UsabilityLab.Core.Studies;

namespace UsabilityLab.Core.Analysis;

/// <summary>The result of one task's gate: it passes when every condition passes.</summary>
/// <param name="Task">Task id.</param>
/// <param name="Conditions">Each condition's result, in the study's order.</param>
public sealed record GateResult(string Task, IReadOnlyList<GateConditionResult> Conditions)
{
    /// <summary>True when every condition passed.</summary>
    public bool Passed => Conditions.All(c => c.Passed);

    /// <summary>The conditions that did not pass.</summary>
    public IEnumerable<GateConditionResult> Failures => Conditions.Where(c => !c.Passed);
}
