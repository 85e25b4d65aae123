namespace UsabilityLab.Recording.Runner;

/// <summary>What happened when a participant tried one step.</summary>
internal enum StepStatus
{
    Done,
    GaveUp,
    SelectorMissing,
    ExpectationNotMet,

    /// <summary>The page kept navigating away by itself: its fault, not the participant's.</summary>
    PageUnsettled,
}
