using UsabilityLab.Core.Studies;

namespace UsabilityLab.Core.Tests.Studies;

/// <summary>${PARTICIPANT} and ${RUN}: kept by the loader where the runner expands them, refused elsewhere.</summary>
public class StudyLoaderRunVariablesTests
{
    private const string Task = """
        tasks:
          - id: sign-up
            title: Sign up
            prompt: Sign up.
            success:
              - text: Welcome, ${PARTICIPANT}
            steps:
              - goto: /invite/${RUN}
              - fill: { selector: "#email", value: "${PARTICIPANT}+${RUN}@example.com" }
              - select: { selector: "#team", value: "team-${RUN}" }
              - expect: { text: "Hello ${PARTICIPANT}" }
              - fill: { selector: "#note", value: "costs $${PRICE}, ${NOTE}" }
        """;

    [Fact]
    public void Parse_RunVariablesInStepValuesAndSuccessText_KeptForTheRunner()
    {
        var study = StudyTexts.Parse(StudyTexts.MinimalHeader + "\n" + Task, new Dictionary<string, string> { ["NOTE"] = "see ${HERE}" }).Study!;

        var task = Assert.Single(study.Tasks);
        Assert.Equal(new TextCriterion("Welcome, ${PARTICIPANT}"), Assert.Single(task.Success));
        Assert.Equal(
            ["/invite/${RUN}", "${PARTICIPANT}+${RUN}@example.com", "team-${RUN}", "Hello ${PARTICIPANT}", "costs $${PRICE}, see $${HERE}"],
            task.Steps.Select(s => s switch { GotoStep g => g.Url, FillStep f => f.Value, SelectStep x => x.Value, ExpectStep e => e.Text!, _ => "" }));
    }

    [Fact]
    public void ForParticipant_Template_ExpandedAndLiteralsRestored()
    {
        var study = StudyTexts.Parse(StudyTexts.MinimalHeader + "\n" + Task, new Dictionary<string, string> { ["NOTE"] = "see ${HERE}" }).Study!;

        var task = Assert.Single(RunVariables.ForParticipant(study, "P03", "12").Tasks);

        Assert.Equal(new TextCriterion("Welcome, P03"), Assert.Single(task.Success));
        Assert.Equal(
            ["/invite/12", "P03+12@example.com", "team-12", "Hello P03", "costs ${PRICE}, see ${HERE}"],
            task.Steps.Select(s => s switch { GotoStep g => g.Url, FillStep f => f.Value, SelectStep x => x.Value, ExpectStep e => e.Text!, _ => "" }));
        Assert.Equal(11, task.Steps[1].Line);
    }

    [Theory]
    [InlineData("Participant ${PARTICIPANT}", "Participant ${PARTICIPANT}", null)]
    [InlineData("run ${RUN}, $${RUN}, ${PARTICIPANT}", "run 7, ${RUN}, P01", "P01")]
    [InlineData("$100 ${RUN}", "$100 7", "P01")]
    public void Expand_Template_ReplacesWhatIsKnown(string template, string expected, string? participant)
    {
        Assert.Equal(expected, RunVariables.Expand(template, participant, "7"));
    }

    [Theory]
    [InlineData("Shop ${RUN}", "Find shoes.", "[ { text: Shoes } ]", "", "1:7")]
    [InlineData("Shop", "Sign up as ${PARTICIPANT}.", "[ { text: Shoes } ]", "", "6:13")]
    [InlineData("Shop", "Find shoes.", "[ { url: \"/users/${PARTICIPANT}\" } ]", "", "7:23")]
    [InlineData("Shop", "Find shoes.", "[ { text: Shoes } ]", "start: /invite/${RUN}", "8:12")]
    [InlineData("Shop", "Find shoes.", "[ { text: Shoes } ]", "steps: [ { click: \"text=${PARTICIPANT}\" } ]", "8:23")]
    [InlineData("Shop", "Find shoes.", "[ { text: Shoes } ]", "steps: [ { press: { selector: \"#q\", key: \"${RUN}\" } } ]", "8:46")]
    public void Parse_RunVariableWhereNoRunnerExpandsIt_Refused(string name, string prompt, string success, string extra, string at)
    {
        var yaml = $"""
            name: {name}
            target: https://shop.example.com
            tasks:
              - id: find-shoes
                title: Find shoes
                prompt: {prompt}
                success: {success}
                {extra}
            """;
        var variable = (name + prompt + success + extra).Contains("PARTICIPANT", StringComparison.Ordinal) ? "PARTICIPANT" : "RUN";

        Assert.Equal(
            [$"{at}: ${{{variable}}} is known only when a participant runs: it expands in fill, select, goto and expect values, success text, and hooks; not here"],
            StudyTexts.Parse(yaml).Located());
    }
}
