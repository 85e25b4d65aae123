namespace UsabilityLab.Core.Studies;

/// <summary>One task a participant attempts.</summary>
/// <param name="Id">Unique id, <c>[a-z0-9-]+</c>.</param>
/// <param name="Title">Short title for tables and the report.</param>
/// <param name="Prompt">What the participant is asked to do.</param>
/// <param name="Start">Start page, relative to the study target or absolute.</param>
/// <param name="TimeLimit">After this much (participant) time the attempt ends as failed.</param>
/// <param name="Success">All criteria must hold for the attempt to succeed.</param>
/// <param name="OptimalPath">The shortest sequence of pages (paths) that completes the task; R for lostness.</param>
/// <param name="Steps">The golden path as Playwright actions.</param>
public sealed record StudyTask(
    string Id,
    string Title,
    string Prompt,
    string Start,
    TimeSpan TimeLimit,
    IReadOnlyList<SuccessCriterion> Success,
    IReadOnlyList<string> OptimalPath,
    IReadOnlyList<TaskStep> Steps)
{
    /// <summary>
    /// True when the task starts where the previous task left the participant, on the page as it stands; otherwise it
    /// starts on a fresh load of <see cref="Start"/> (a new document; cookies and storage are the participant's and
    /// stay). A task that continues starts on <see cref="Start"/> only when there is nothing to continue from (the
    /// previous task's tab crashed, or the run was resumed).
    /// </summary>
    public bool Continue { get; init; }

    /// <summary>This task's answer to a page's dialogs (<c>dialogs:</c>); null: the study's.</summary>
    public DialogPolicy? Dialogs { get; init; }

    /// <summary>Clicks on the golden path: click steps, and fill steps (a person clicks into a field before typing).</summary>
    public int GoldenPathClicks => Steps.Count(s => s is ClickStep or TapStep or FillStep);
}
