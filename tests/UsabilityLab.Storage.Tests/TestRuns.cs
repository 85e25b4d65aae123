using UsabilityLab.Core.Runs;
using UsabilityLab.Core.Studies;

namespace UsabilityLab.Storage.Tests;

internal static class TestRuns
{
    public static Study Study { get; } = new(
        "Storage study",
        new Uri("http://shop.test/"),
        null,
        ParticipantPlan.Default,
        QuestionnairePlan.None,
        [
            new StudyTask("find", "Find", "Find it.", "/", TimeSpan.FromSeconds(60), [new UrlCriterion("/found")], ["/", "/found"], [new ClickStep("#go")]),
            new StudyTask("buy", "Buy", "Buy it.", "/", TimeSpan.FromSeconds(60), [new UrlCriterion("/bought")], [], [new ClickStep("#buy")]),
        ],
        [],
        CapturePolicy.Default);

    public static Task<long> CreateAsync(LabDatabase database, string sha = "abc123") =>
        new RunWriter(database).CreateRunAsync(Study, "name: Storage study", sha, null, new RunPlan
        {
            Status = RunStatus.Running,
            Mode = RunMode.Scripted,
            Target = "http://shop.test/",
            StartedAt = DateTimeOffset.UtcNow,
            ParticipantsPlanned = 2,
            Workers = 1,
        });

    /// <summary>A participant labelled <paramref name="label"/> with one started session in run <paramref name="runId"/>.</summary>
    public static async Task<long> StartSessionAsync(LabDatabase database, long runId, string label = "P01")
    {
        var writer = new RunWriter(database);
        var participant = await writer.EnsureParticipantAsync(runId, label, "typical", 1);
        return await writer.StartSessionAsync(runId, participant, new ViewportSize(1280, 800));
    }
}
