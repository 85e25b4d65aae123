using UsabilityLab.Core.Sessions;

namespace UsabilityLab.Core.Import;

/// <summary>What a CSV import yields: attempts (outcomes) or questionnaire answers (sus, nps), or the problems.</summary>
public sealed record ImportedData(IReadOnlyList<AttemptRecord> Attempts, IReadOnlyList<QuestionnaireAnswer> Answers, IReadOnlyList<ImportDiagnostic> Problems)
{
    /// <summary>True when nothing is wrong; an import with any problem imports nothing.</summary>
    public bool IsValid => Problems.Count == 0;

    /// <summary>Lowercase hex SHA-256 of the file's bytes as read, so the stored run names exactly what was imported.</summary>
    public string SourceSha256 { get; init; } = "";
}
