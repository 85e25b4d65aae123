namespace UsabilityLab.Core.Studies.Hooks;

/// <summary>
/// Browser steps in the participant's browser (same cookies and storage) but in a tab of their own that nothing
/// records, e.g. signing in. Step values may hold <c>${PARTICIPANT}</c> and <c>${RUN}</c> (see <see cref="RunVariables"/>).
/// </summary>
/// <param name="Start">The page the tab opens first, relative to the target or absolute.</param>
/// <param name="Steps">The steps, run as the exact persona runs a golden path.</param>
public sealed record StepsHook(string Start, IReadOnlyList<TaskStep> Steps) : Hook;
