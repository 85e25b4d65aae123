namespace UsabilityLab.Core.Studies;

/// <summary><c>&gt;=</c> or <c>&lt;=</c>.</summary>
public enum GateComparison
{
    /// <summary><c>&gt;=</c></summary>
    AtLeast,

    /// <summary><c>&lt;=</c></summary>
    AtMost,
}
