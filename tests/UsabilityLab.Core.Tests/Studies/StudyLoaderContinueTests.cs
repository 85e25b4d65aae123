namespace UsabilityLab.Core.Tests.Studies;

/// <summary><c>continue: true</c>: a task that starts where the previous one left the participant.</summary>
public class StudyLoaderContinueTests
{
    private const string SecondTask = """
          - id: check-out
            title: Check out
            prompt: Check out.
            continue: true
            success: [ { url: /thanks } ]
        """;

    [Fact]
    public void Parse_ContinueOnALaterTask_Read()
    {
        var study = StudyTexts.Parse(StudyTexts.Minimal + SecondTask).Study!;

        Assert.Equal([false, true], study.Tasks.Select(t => t.Continue));
    }

    [Fact]
    public void Parse_ContinueOnTheFirstTask_ReportedAtTheValue()
    {
        var yaml = StudyTexts.Minimal.Replace("    success:", "    continue: true\n    success:", StringComparison.Ordinal);

        Assert.Equal(
            ["7:15: the first task has nothing to continue from; remove 'continue: true' (it starts on a fresh load of its start page)"],
            StudyTexts.Parse(yaml).Located());
    }

    [Fact]
    public void Parse_ContinueNotABoolean_Reported()
    {
        Assert.Equal(
            ["12:15: continue must be true or false, got 'yes please'"],
            StudyTexts.Parse(StudyTexts.Minimal + SecondTask.Replace("continue: true", "continue: yes please", StringComparison.Ordinal)).Located());
    }
}
