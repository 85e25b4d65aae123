using UsabilityLab.Core.Studies;
using UsabilityLab.Core.Studies.Loading;

namespace UsabilityLab.CommandLine;

/// <summary>Loads a study file for a command; every problem goes to stderr as FILE:LINE:COL, then exit code 2.</summary>
public static class StudyFiles
{
    public static StudyLoadResult Load(string path, CliIo io, out Study? study)
    {
        var result = StudyLoader.LoadFile(path);
        foreach (var diagnostic in result.Diagnostics)
        {
            io.Error.WriteLine(diagnostic.ToString());
        }

        study = result.IsValid ? result.Study : null;
        return result;
    }

    /// <summary>The loaded file when it is valid, for a use case to record; null when not (its problems printed).</summary>
    public static StudyLoadResult? LoadValid(string path, CliIo io) => Load(path, io, out var study) is var result && study is not null ? result : null;
}
