namespace UsabilityLab.Core.Import;

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
