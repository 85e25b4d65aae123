namespace UsabilityLab.Core.Studies.Loading;

/// <summary>The outcome of loading a study file: the model when valid, and every problem found otherwise.</summary>
/// <param name="Study">The validated study; <c>null</c> whenever there is at least one error.</param>
/// <param name="Diagnostics">Every problem found, errors and warnings, in file order (line, then column).</param>
/// <param name="Text">The study text as read (before <c>${ENV}</c> expansion), kept so a run can archive it.</param>
/// <param name="Sha256">Lowercase hex SHA-256 of <paramref name="Text"/> encoded as UTF-8; identifies the exact study a run used.</param>
public sealed record StudyLoadResult(Study? Study, IReadOnlyList<StudyDiagnostic> Diagnostics, string Text, string Sha256)
{
    /// <summary>True when the study loaded without an error (warnings allowed).</summary>
    public bool IsValid => Study is not null && Errors == 0;

    /// <summary>How many diagnostics are errors.</summary>
    public int Errors => Diagnostics.Count(d => !d.IsWarning);
}
