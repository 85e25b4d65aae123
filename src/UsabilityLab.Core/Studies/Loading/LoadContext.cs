using System.Globalization;
using UsabilityLab.Core.Errors;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace UsabilityLab.Core.Studies.Loading;

/// <summary>
/// State shared by the readers of one study file: where diagnostics go and how <c>${ENV}</c> resolves.
/// Readers report and carry on, so one pass finds every problem instead of the first.
/// </summary>
internal sealed class LoadContext(string file, Func<string, string?> environment)
{
    /// <summary>
    /// Most problems listed: past this many the file is likely not a study at all, and listing every one of a megabyte of
    /// them would only bury the first. The rest are counted on one last line.
    /// </summary>
    public const int MaxDiagnostics = 100;

    private readonly List<StudyDiagnostic> diagnostics = [];
    private int unlisted;

    public Func<string, string?> Environment => environment;

    /// <summary>The target a run was recorded against, when a stored study is read back: it stands for the file's
    /// <c>target</c> as written (<see cref="StudyLoader.ParseRecorded"/>).</summary>
    public Uri? RecordedTarget { get; init; }

    /// <summary>Whether the study lists a touch device (read before the tasks): a <c>tap</c> step needs one.</summary>
    public bool Touch { get; set; }

    /// <summary>The study file as named in diagnostics.</summary>
    public string File => file;

    /// <summary>The run variables a template read now may keep (<see cref="YamlValues.ReadTemplate"/>): both, except in
    /// run-level hooks, which have no participant.</summary>
    public IReadOnlyCollection<string> RunVariablesInScope { get; set; } = RunVariables.Names;

    /// <summary><paramref name="at"/> as <c>FILE:LINE:COL</c>, as a diagnostic names it.</summary>
    public string Locate(YamlNode at) => string.Create(CultureInfo.InvariantCulture, $"{file}:{ToInt(at.Start.Line)}:{ToInt(at.Start.Column)}");

    public bool HasErrors => diagnostics.Any(d => !d.IsWarning) || unlisted > 0;

    public void Report(Mark at, string message) => Add(at, message, warning: false);

    public void Report(YamlNode at, string message) => Report(at.Start, message);

    /// <summary>A problem of meaning that does not stop the study from loading (it is printed as a warning).</summary>
    public void Warn(YamlNode at, string message) => Add(at.Start, message, warning: true);

    private void Add(Mark at, string message, bool warning)
    {
        if (diagnostics.Count < MaxDiagnostics)
            diagnostics.Add(new StudyDiagnostic(file, ToInt(at.Line), ToInt(at.Column), OneLine.Of(message), warning));
        else
            unlisted++;
    }

    /// <summary>Diagnostics in file order; the sort is stable, so two problems at one spot keep the order found.</summary>
    public IReadOnlyList<StudyDiagnostic> SortedDiagnostics()
    {
        List<StudyDiagnostic> sorted = [.. diagnostics.OrderBy(d => d.Line).ThenBy(d => d.Column)];
        if (unlisted > 0)
        {
            var last = sorted[^1];
            sorted.Add(last with { Message = string.Create(CultureInfo.InvariantCulture, $"{unlisted} more problems not listed; fix the ones above first") });
        }

        return sorted;
    }

    // Marks are 1-based longs; an empty mark (0) still has to point somewhere an editor can open.
    private static int ToInt(long value) => value < 1 ? 1 : value > int.MaxValue ? int.MaxValue : (int)value;
}
