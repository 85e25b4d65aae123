namespace UsabilityLab.Reporting.Report;

/// <summary>Why an element counts as being on the task's path.</summary>
internal enum PathEvidence
{
    /// <summary>Not on the path: only some attempts clicked it.</summary>
    None,

    /// <summary>A step of the study clicks it (the exact persona does too).</summary>
    StudyStep,

    /// <summary>Every attempt that reached its page clicked it.</summary>
    EveryAttempt,
}
