using UsabilityLab.Core.Studies.Hooks;

namespace UsabilityLab.Core.Studies;

/// <summary>Questionnaires: one asked after each task (e.g. <c>seq</c>), a list asked after the study (<c>sus</c>, <c>nps</c>).</summary>
public sealed record QuestionnairePlan(string? AfterEachTask, IReadOnlyList<string> AfterStudy)
{
    /// <summary>No questionnaires.</summary>
    public static QuestionnairePlan None { get; } = new(null, []);
}
