using UsabilityLab.Core.Analysis;
using UsabilityLab.Core.Files;
using UsabilityLab.Core.Studies;

namespace UsabilityLab.Application.Analysis;

/// <summary>Evaluates a study's gates and writes them as JUnit XML for CI; a failed gate means exit code 1 in the CLI.</summary>
public static class GateCheck
{
    public static IReadOnlyList<GateResult> Evaluate(RunAnalysis analysis, Study? study) =>
        study is null || study.Gates.Count == 0 ? [] : GateEvaluator.Evaluate(study.Gates, analysis);

    public static void WriteJUnit(string path, string suite, IReadOnlyList<GateResult> results)
    {
        var directory = Path.GetDirectoryName(Path.GetFullPath(path))!;
        Directory.CreateDirectory(directory);
        // A failure never leaves half an XML file for CI to choke on.
        AtomicFile.WriteText(path, writer => JUnitReport.Write(writer, suite, results), Environment.NewLine);
    }
}
