namespace UsabilityLab.Core.Studies.Loading;

/// <summary>One problem found in a study file, located at the offending key or value.</summary>
/// <param name="File">The file name as given to the loader (a path for <see cref="StudyLoader.LoadFile"/>).</param>
/// <param name="Line">1-based line.</param>
/// <param name="Column">1-based column.</param>
/// <param name="Message">What is wrong and how to fix it, on one line.</param>
/// <param name="IsWarning">The study still loads: the problem is one of meaning (a url pattern that can never match), not of form.</param>
public sealed record StudyDiagnostic(string File, int Line, int Column, string Message, bool IsWarning = false)
{
    /// <summary>The compiler-style form editors and CI logs understand: <c>FILE:LINE:COL: message</c> (<c>warning: message</c>).</summary>
    public override string ToString() => $"{File}:{Line}:{Column}: {(IsWarning ? "warning: " : "")}{Message}";
}
