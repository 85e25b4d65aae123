using UsabilityLab.Core.Sessions;

namespace UsabilityLab.Core.Import;

/// <summary>What a CSV import yields: attempts (outcomes) or questionnaire answers (sus, nps), or the problems.</summary>
public sealed record ImportedData(IReadOnlyList<AttemptRecord> Attempts, IReadOnlyList<QuestionnaireAnswer> Answers, IReadOnlyList<ImportDiagnostic> Problems)
{
    /// <summary>True when nothing is wrong; an import with any problem imports nothing.</summary>
    public bool IsValid => Problems.Count == 0;
}

/// <summary>Which kind of CSV is imported.</summary>
public enum ImportKind
{
    /// <summary><c>participant,task,outcome,time_s</c> [+ <c>clicks,errors,seq,pages,unique_pages,optimal_pages</c>].</summary>
    Outcomes,

    /// <summary><c>participant,q1..q10</c> (1–5).</summary>
    Sus,

    /// <summary><c>participant,score</c> (0–10).</summary>
    Nps,
}
