namespace UsabilityLab.Core.Import;

/// <summary>One problem in an imported file: <c>FILE:LINE: message</c>, or <c>FILE:LINE:COL: message</c> when a field is to blame.</summary>
/// <param name="File">The file as the user named it.</param>
/// <param name="Line">1-based line the row starts on.</param>
/// <param name="Message">What is wrong and how to fix it, on one line.</param>
/// <param name="Column">1-based character column of the field, when the row is on one line; otherwise <c>null</c>.</param>
public sealed record ImportDiagnostic(string File, int Line, string Message, int? Column = null)
{
    /// <inheritdoc />
    public override string ToString() => Column is { } column ? $"{File}:{Line}:{column}: {Message}" : $"{File}:{Line}: {Message}";
}
