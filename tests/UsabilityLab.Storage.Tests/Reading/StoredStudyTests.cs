using UsabilityLab.Core.Runs;
using UsabilityLab.Core.Studies;
using UsabilityLab.Core.Studies.Loading;

namespace UsabilityLab.Storage.Tests.Reading;

/// <summary>A run's study is read back as it was recorded: its own target, never today's environment.</summary>
public sealed class StoredStudyTests
{
    private const string Variable = "USABILITYLAB_STORED_STUDY_TEST_URL";

    private const string Text = $$"""
        name: Shop at a random port
        target: ${{{Variable}}}
        tasks:
          - id: find
            title: Find it
            prompt: Find it.
            start: /
            success:
              - url: /found
            optimalPath: ["${{{Variable}}}/", /found]
            steps:
              - click: "#go"
        gates:
          - { task: find, successRate: ">= 0.8" }
        """;

    [Theory]
    [MemberData(nameof(TestStore.Kinds), MemberType = typeof(TestStore))]
    public async Task LoadAsync_EnvironmentChangedSinceTheRun_StudyKeepsTheRecordedTarget(StoreKind kind)
    {
        await using var temp = await TestStore.CreateAsync(kind);
        var database = await temp.OpenAsync();
        var recorded = StudyLoader.Parse(Text, "shop.yaml", name => name == Variable ? "http://127.0.0.1:5081" : null);
        Assert.True(recorded.Study is not null, string.Join("\n", recorded.Diagnostics.Select(d => d.Message)));
        var runId = await new RunWriter(database).CreateRunAsync(recorded.Study!, Text, recorded.Sha256, "shop.yaml", new RunPlan
        {
            Status = RunStatus.Completed,
            Mode = RunMode.Scripted,
            Target = recorded.Study!.Target.ToString(),
            StartedAt = DateTimeOffset.UtcNow,
            ParticipantsPlanned = 1,
            Workers = 1,
        });

        // Today the variable points elsewhere (the demo site got another random port), or is not set at all.
        Environment.SetEnvironmentVariable(Variable, "http://127.0.0.1:6099");
        RunData data;
        try
        {
            data = await new RunReader(database).LoadAsync(runId, includeEvents: false);
        }
        finally
        {
            Environment.SetEnvironmentVariable(Variable, null);
        }

        var study = Assert.IsType<Study>(data.Study);
        Assert.Equal(new Uri("http://127.0.0.1:5081/"), study.Target);
        Assert.Equal(["http://127.0.0.1:5081/", "/found"], study.Tasks[0].OptimalPath);
        Assert.Single(study.Gates);
    }
}
