using UsabilityLab.Core.Studies;

namespace UsabilityLab.Core.Tests.Studies;

public class StudyLoaderFullExampleTests
{
    // The example from docs/study-format.md (comments trimmed); line numbers matter for the step assertions.
    private const string FullExample = """
        name: Demo shop                           # required
        target: ${DEMO_SITE_URL}
        viewport: { width: 1280, height: 800 }
        participants: { count: 12, seed: 42, personas: { expert: 3, typical: 6, novice: 3 } }
        questionnaires: { afterEachTask: seq, afterStudy: [sus, nps] }
        capture: { recordValues: ["#search"], keepQuery: false }
        tasks:
          - id: find-shoes
            title: Find running shoes
            prompt: Find running shoes under $100 and add them to your cart.
            start: /
            timeLimit: 120s
            success:
              - url: /cart                        # glob (* and ?), or /regex/
              - text: Trail Runner
              - selector: "#cart-count:has-text('1')"
            optimalPath: [/, /category/shoes, /product/trail-runner, /cart]
            steps:
              - click: "role=link[name='Shoes']"
              - fill: { selector: "#search", value: "runner" }
              - press: { selector: "#search", key: Enter }
              - select: { selector: "#size", value: "42" }
              - goto: /cart
              - wait: 500ms
              - expect: { text: "Added to cart" }
        gates:
          - { task: find-shoes, successRate: ">= 0.8", timeMedian: "<= 30s" }
        """;

    private static Study Load()
    {
        var result = StudyTexts.Parse(FullExample);
        Assert.Empty(result.Located());
        Assert.True(result.IsValid);
        return result.Study!;
    }

    [Fact]
    public void Parse_FullExample_ReadsStudySettings()
    {
        var study = Load();

        Assert.Equal("Demo shop", study.Name);
        Assert.Equal(new Uri(StudyTexts.SiteUrl), study.Target);
        Assert.Equal(new ViewportSize(1280, 800), study.Viewport);
        Assert.Equal(12, study.Participants.Count);
        Assert.Equal(42, study.Participants.Seed);
        Assert.Equal(["expert", "typical", "novice"], study.Participants.Personas.Keys);
        Assert.Equal([3, 6, 3], study.Participants.Personas.Values);
        Assert.Equal("seq", study.Questionnaires.AfterEachTask);
        Assert.Equal(["sus", "nps"], study.Questionnaires.AfterStudy);
        Assert.Equal(["#search"], study.Capture.RecordValuesFor);
        Assert.False(study.Capture.KeepQuery);
    }

    [Fact]
    public void Parse_FullExample_ReadsTask()
    {
        var task = Assert.Single(Load().Tasks);

        Assert.Equal("find-shoes", task.Id);
        Assert.Equal("Find running shoes", task.Title);
        Assert.Equal("Find running shoes under $100 and add them to your cart.", task.Prompt);
        Assert.Equal("/", task.Start);
        Assert.Equal(TimeSpan.FromSeconds(120), task.TimeLimit);
        Assert.Equal<SuccessCriterion>(
            [new UrlCriterion("/cart"), new TextCriterion("Trail Runner"), new SelectorCriterion("#cart-count:has-text('1')")],
            task.Success);
        Assert.Equal(["/", "/category/shoes", "/product/trail-runner", "/cart"], task.OptimalPath);
    }

    [Fact]
    public void Parse_FullExample_ReadsStepsWithTheirLines()
    {
        var steps = Assert.Single(Load().Tasks).Steps;

        Assert.Equal<TaskStep>(
            [
                new ClickStep("role=link[name='Shoes']") { Line = 19 },
                new FillStep("#search", "runner") { Line = 20 },
                new PressStep("#search", "Enter") { Line = 21 },
                new SelectStep("#size", "42") { Line = 22 },
                new GotoStep("/cart") { Line = 23 },
                new WaitStep(TimeSpan.FromMilliseconds(500)) { Line = 24 },
                new ExpectStep("Added to cart", null, null) { Line = 25 },
            ],
            steps);
    }

    [Fact]
    public void Parse_FullExample_ReadsGateInSeconds()
    {
        var gate = Assert.Single(Load().Gates);

        Assert.Equal("find-shoes", gate.Task);
        Assert.Equal(
            [new GateCondition("successRate", GateComparison.AtLeast, 0.8), new GateCondition("timeMedian", GateComparison.AtMost, 30)],
            gate.Conditions);
    }

    [Fact]
    public void Parse_OnlyRequiredKeys_AppliesDefaults()
    {
        var result = StudyTexts.Parse(StudyTexts.Minimal);

        var study = Assert.IsType<Study>(result.Study);
        Assert.Null(study.Viewport);
        Assert.Equal(ParticipantPlan.Default.Count, study.Participants.Count);
        Assert.Equal(ParticipantPlan.Default.Seed, study.Participants.Seed);
        Assert.Equal(ParticipantPlan.Default.Personas, study.Participants.Personas);
        Assert.Equal(QuestionnairePlan.None.AfterEachTask, study.Questionnaires.AfterEachTask);
        Assert.Empty(study.Questionnaires.AfterStudy);
        Assert.Equal(CapturePolicy.Default.RecordValuesFor, study.Capture.RecordValuesFor);
        Assert.False(study.Capture.KeepQuery);
        Assert.Empty(study.Gates);
        var task = Assert.Single(study.Tasks);
        Assert.Equal("/", task.Start);
        Assert.Equal(TimeSpan.FromSeconds(120), task.TimeLimit);
        Assert.Empty(task.OptimalPath);
        Assert.Empty(task.Steps);
    }

    [Theory]
    [InlineData("{ count: 8 }", 8, 8)]
    [InlineData("{ personas: { expert: 2, novice: 1 } }", 3, 0)]
    public void Parse_ParticipantsPartlyGiven_FillsTheRest(string participants, int count, int typical)
    {
        var study = StudyTexts.Parse(StudyTexts.Minimal + $"participants: {participants}\n").Study!;

        Assert.Equal(count, study.Participants.Count);
        Assert.Equal(typical, study.Participants.Personas.GetValueOrDefault("typical"));
        Assert.Equal(count, study.Participants.Personas.Values.Sum());
    }

    [Fact]
    public void Parse_AnyText_HashesTheUtf8Text()
    {
        var result = StudyTexts.Parse(StudyTexts.Minimal);

        Assert.Equal(StudyTexts.Minimal, result.Text);
        var expected = Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(StudyTexts.Minimal)));
        Assert.Equal(expected, result.Sha256);
        Assert.Equal(
            "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855",
            StudyTexts.Parse("").Sha256);
    }
}
