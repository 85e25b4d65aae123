namespace UsabilityLab.Core.Tests.Studies;

/// <summary>YAML syntax, top-level shape, unknown and missing keys, and the order diagnostics come in.</summary>
public class StudyLoaderStructureErrorTests
{
    [Fact]
    public void Parse_YamlSyntaxError_OneDiagnosticAtTheParserMark()
    {
        var result = StudyTexts.Parse("name: Demo\ntarget: \"https://x\n");

        Assert.Equal(
            ["2:9: invalid YAML: while scanning a quoted scalar, found unexpected end of stream; check the indentation and that every quote and bracket is closed"],
            result.Located());
    }

    [Fact]
    public void Parse_UnquotedComparison_HintsToQuoteIt()
    {
        var yaml = StudyTexts.Minimal + "gates:\n  - { task: find-shoes, successRate: >= 0.8 }\n";

        var diagnostic = Assert.Single(StudyTexts.Parse(yaml).Diagnostics);

        Assert.Equal((10, 38), (diagnostic.Line, diagnostic.Column));
        Assert.EndsWith("; quote comparisons, e.g. successRate: \">= 0.8\"", diagnostic.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("name: x\ntarget: [1\nfoo: 2\n", "2:9")]
    [InlineData("name: x\ntasks:\n  - id: a\n    steps:\n      : click: x\n", "5:16")]
    public void Parse_YamlDotNetFailsWithoutMark_ReportsWhereParsingStopped(string yaml, string position)
    {
        Assert.Equal(
            [$"{position}: invalid YAML near here; check the indentation and that every '[', '{{' and quote is closed"],
            StudyTexts.Parse(yaml).Located());
    }

    [Fact]
    public void Parse_DuplicateKey_ReportsTheSecond()
    {
        Assert.Equal(
            ["2:1: duplicate key 'name'; a key may appear once per mapping, so remove or rename one"],
            StudyTexts.Parse("name: a\nname: b\n").Located());
    }

    [Theory]
    [InlineData("")]
    [InlineData("# nothing but a comment\n")]
    public void Parse_EmptyFile_PointsToTheExample(string yaml)
    {
        Assert.Equal(["1:1: the study file is empty; start from scenarios/examples/minimal.yaml"], StudyTexts.Parse(yaml).Located());
    }

    [Fact]
    public void Parse_RootIsAList_SaysWhatTheRootIs()
    {
        Assert.Equal(
            ["1:1: a study file is a mapping with name, target and tasks (see scenarios/examples/minimal.yaml); got a list"],
            StudyTexts.Parse("- a\n- b\n").Located());
    }

    [Fact]
    public void Parse_SecondDocument_Reported()
    {
        Assert.Equal(
            ["10:1: a study file holds one YAML document; remove the '---' and what follows, or move it to its own file"],
            StudyTexts.Parse(StudyTexts.Minimal + "---\nname: other\n").Located());
    }

    [Fact]
    public void Parse_UnknownTopLevelKey_SuggestsAndDoesNotAlsoReportMissing()
    {
        var yaml = StudyTexts.Minimal.Replace("name:", "nmae:", StringComparison.Ordinal);

        Assert.Equal(["1:1: unknown key 'nmae' in study; did you mean 'name'?"], StudyTexts.Parse(yaml).Located());
    }

    [Fact]
    public void Parse_UnknownKeyWithNothingClose_ListsValidKeys()
    {
        Assert.Equal(
            ["9:1: unknown key 'description' in study; valid keys are name, target, origins, viewport, devices, participants, questionnaires, capture, dialogs, setup, teardown, tasks, gates"],
            StudyTexts.Parse(StudyTexts.Minimal + "description: x\n").Located());
    }

    [Fact]
    public void Parse_MissingRequiredKeys_ReportedAtTheMapping()
    {
        var result = StudyTexts.Parse("viewport: { width: 1280, height: 800 }\n");

        Assert.Equal(
            [
                "1:1: study is missing 'name'; add e.g. name: Demo shop",
                "1:1: study is missing 'target'; add e.g. target: ${DEMO_SITE_URL}",
                "1:1: study is missing 'tasks'; add e.g. tasks: [ { id: find-shoes, title: …, prompt: …, success: [ { url: /cart } ] } ]",
            ],
            result.Located());
    }

    [Fact]
    public void Parse_KeyWithoutValue_ReportedAtTheKey()
    {
        var yaml = StudyTexts.Minimal.Replace("name: Demo shop", "name:", StringComparison.Ordinal);

        Assert.Equal(["1:1: 'name' has no value; write e.g. name: Demo shop"], StudyTexts.Parse(yaml).Located());
    }

    [Theory]
    [InlineData("target: shop.example.com", "2:9: target must be an absolute http(s) URL like https://shop.example.com, got 'shop.example.com'")]
    [InlineData("target: ftp://shop.example.com", "2:9: target must be an absolute http(s) URL like https://shop.example.com, got 'ftp://shop.example.com'")]
    [InlineData("target: [a, b]", "2:9: target must be a single value, got a list")]
    public void Parse_BadTarget_Reported(string line, string expected)
    {
        var yaml = StudyTexts.Minimal.Replace("target: https://shop.example.com", line, StringComparison.Ordinal);

        Assert.Equal([expected], StudyTexts.Parse(yaml).Located());
    }

    [Fact]
    public void Parse_ManyProblems_ReportsAllInFileOrder()
    {
        var yaml = """
            gates:
              - { task: nowhere, successRate: ">= 0.8" }
            tasks:
              - id: find-shoes
                titel: Find shoes
                prompt: Find shoes.
                timeLimit: 2 minutes
                success:
                  - url: /cart
            target: nope
            name: Demo
            """;

        Assert.Equal(
            [
                "2:13: gate names unknown task 'nowhere'; tasks are find-shoes",
                "5:5: unknown key 'titel' in task; did you mean 'title'?",
                "7:16: timeLimit '2 minutes' is not a duration; write e.g. 500ms, 2s, 1.5s, 2m, 1m30s or 1h",
                "10:9: target must be an absolute http(s) URL like https://shop.example.com, got 'nope'",
            ],
            StudyTexts.Parse(yaml).Located());
    }
}
