using System.Globalization;
using UsabilityLab.Core.Errors;

namespace UsabilityLab.Core.Import;

/// <summary>
/// The problems of one imported file in the order found. Past <see cref="MaxListed"/> they are only counted: a file
/// of a million bad rows is not a results file, and a million lines would bury the first ones.
/// </summary>
internal sealed class ImportProblems(string file)
{
    public const int MaxListed = 100;

    private readonly List<ImportDiagnostic> listed = [];
    private int unlisted;

    public string File => file;

    public int Count => listed.Count + unlisted;

    public void Add(int line, string message, int? column = null)
    {
        if (listed.Count < MaxListed)
            listed.Add(new ImportDiagnostic(file, line, OneLine.Of(message), column));
        else
            unlisted++;
    }

    /// <summary>The listed problems, then one line counting the rest when there are more.</summary>
    public IReadOnlyList<ImportDiagnostic> ToList() => unlisted == 0
        ? [.. listed]
        : [.. listed, new ImportDiagnostic(file, listed[^1].Line, string.Create(CultureInfo.InvariantCulture, $"{unlisted} more problems not listed; fix the ones above first"))];
}
