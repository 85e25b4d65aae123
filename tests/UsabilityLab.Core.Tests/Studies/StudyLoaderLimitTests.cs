using UsabilityLab.Core.Studies.Loading;
using UsabilityLab.Core.Tests.Support;
using UsabilityLab.Tests.Shared;

namespace UsabilityLab.Core.Tests.Studies;

/// <summary>Inputs that would hang, crash or exhaust the loader are refused with one located line.</summary>
public sealed class StudyLoaderLimitTests : IDisposable
{
    private readonly TempFolder _temp = new();

    public void Dispose() => _temp.Dispose();

    private static string[] With(string section) => StudyTexts.Parse(StudyTexts.Minimal + section + "\n").Located();

    private static string[] Task(string line) => StudyTexts.Parse(StudyTexts.Minimal + line + "\n").Located();

    [Fact]
    public async Task LoadFile_Fifo_OneLineAtTheFileStart_WithoutBlocking()
    {
        var fifo = SpecialFiles.Fifo(_temp.File("study.yaml"));

        // A blocked open would never return: the timeout turns that hang into a failure.
        var result = await System.Threading.Tasks.Task.Run(() => StudyLoader.LoadFile(fifo)).WaitAsync(TimeSpan.FromSeconds(10));

        Assert.Equal($"{fifo}:1:1: is a named pipe (FIFO), not a regular file; save the content to a file and pass that", Assert.Single(result.Diagnostics).ToString());
    }

    [Fact]
    public void LoadFile_DevZero_RefusedAsADevice()
    {
        var diagnostic = Assert.Single(StudyLoader.LoadFile(SpecialFiles.EndlessDevice).Diagnostics);

        Assert.Equal("is a character device, not a regular file; save the content to a file and pass that", diagnostic.Message);
    }

    [Fact]
    public void LoadFile_OverTheSizeCap_SaysTheCapAndTheSize()
    {
        var path = _temp.Write("huge.yaml", "name: x\n" + new string('#', StudyLoader.MaxFileBytes));

        var diagnostic = Assert.Single(StudyLoader.LoadFile(path).Diagnostics);

        Assert.Equal("the file is 1 MiB (1,048,584 bytes); study files are limited to 1 MiB", diagnostic.Message);
    }

    [Fact]
    public void Parse_TextOverTheSizeCap_RefusedBeforeParsing()
    {
        var diagnostic = StudyTexts.Single("name: " + new string('x', 2 * StudyLoader.MaxFileBytes));

        Assert.Equal("the study is 2 MiB; study files are limited to 1 MiB", diagnostic.Message);
    }

    [Theory]
    [InlineData("25h", "7:16: timeLimit '25h' is too long; at most 24h")]
    [InlineData("2147483648ms", "7:16: timeLimit '2147483648ms' is too long; at most 24h")]
    [InlineData("99999999999999999999999999999999999999999h", "7:16: timeLimit '99999999999999999999999999999999999999999h' is too long")]
    public void Parse_TimeLimitOverADay_Refused(string limit, string expected) =>
        Assert.Equal([expected], StudyTexts.Parse(StudyTexts.Minimal.Replace("    success:", $"    timeLimit: {limit}\n    success:", StringComparison.Ordinal)).Located());

    [Fact]
    public void Parse_TimeLimitOfADay_Accepted() =>
        Assert.Equal(TimeSpan.FromHours(24), StudyTexts.Parse(StudyTexts.Minimal.Replace("    success:", "    timeLimit: 24h\n    success:", StringComparison.Ordinal)).Study!.Tasks[0].TimeLimit);

    [Theory]
    [InlineData("99999999h", "8:15: wait '99999999h' is too long; at most 1h")]
    [InlineData("61m", "8:15: wait '61m' is too long; at most 1h")]
    public void Parse_WaitOverAnHour_Refused(string wait, string expected) =>
        Assert.Equal([expected], StudyTexts.Parse(StudyTexts.Minimal.Replace("    success:", $"    steps:\n      - wait: {wait}\n    success:", StringComparison.Ordinal)).Located());

    [Theory]
    [InlineData("\"<= 25h\"", "10:37: timeMedian threshold '25h' is more than 24h, the longest time limit a task can have")]
    [InlineData("\"<= 1e400\"", "10:37: timeMedian threshold must be a finite number, got 1e400")]
    [InlineData("\"<= NaN\"", "10:37: timeMedian threshold must be a finite number, got NaN")]
    public void Parse_GateTimeBeyondBounds_Refused(string threshold, string expected) =>
        Assert.Equal([expected], With($"gates:\n  - {{ task: find-shoes, timeMedian: {threshold} }}"));

    [Fact]
    public void Parse_PersonasAddingUpPastTheParticipantCap_Refused() =>
        Assert.Equal(
            ["9:27: participants.personas add up to 20000; a run has at most 10000 participants"],
            With("participants: { personas: { typical: 10000, novice: 10000 } }"));

    [Theory]
    [InlineData("name: !!binary aGk=", "1:7: tags are not supported; remove '!!binary' (quote the value if it must stay text)")]
    [InlineData("name: !local Demo", "1:7: tags are not supported; remove '!local' (quote the value if it must stay text)")]
    [InlineData("name: !!str Demo", "1:7: tags are not supported; remove '!!str' (quote the value if it must stay text)")]
    public void Parse_TaggedValue_Refused(string nameLine, string expected) =>
        Assert.Equal([expected], StudyTexts.Parse(StudyTexts.Minimal.Replace("name: Demo shop", nameLine, StringComparison.Ordinal)).Located());

    [Fact]
    public void Parse_DeepNesting_OneLineInsteadOfAStackOverflow()
    {
        var located = StudyTexts.Parse("name: " + new string('[', 100_000) + new string(']', 100_000)).Located();

        Assert.Equal(["1:38: lists and mappings are nested more than 32 deep; a study needs 6 at most, so check the brackets and indentation"], located);
    }

    [Fact]
    public void Parse_AliasBomb_StoppedAtTheAliasThatGoesOver()
    {
        // Nine levels of nine aliases each: 387 million values from a few hundred bytes.
        var lines = new List<string> { "a0: &a0 [x, x, x, x, x, x, x, x, x]" };
        for (var level = 1; level <= 9; level++)
            lines.Add($"a{level}: &a{level} [{string.Join(", ", Enumerable.Repeat($"*a{level - 1}", 9))}]");

        var diagnostic = StudyTexts.Single(string.Join('\n', lines));

        Assert.Equal("aliases here stand for more than 100,000 values; write the repeated parts out instead of nesting aliases", diagnostic.Message);
        Assert.Equal(6, diagnostic.Line); // the second *a4: 2 × 9⁵ values
    }

    [Fact]
    public void Parse_AliasInsideItsOwnAnchor_Refused() =>
        Assert.Equal("alias '*t' is inside the node it names, which would repeat for ever; write that part out", StudyTexts.Single("tasks: &t [ *t ]").Message);

    [Fact]
    public void Parse_ModestAliases_StillWork()
    {
        var yaml = StudyTexts.MinimalHeader + "\nsteps: &steps\n  - click: \"#a\"\ntasks:\n" +
            "  - { id: a, title: A, prompt: P, success: [ { url: /a } ], steps: *steps }\n" +
            "  - { id: b, title: B, prompt: P, success: [ { url: /b } ], steps: *steps }\n";

        // The aliases themselves read fine; only the top-level holder of the anchor is an unknown key.
        Assert.StartsWith("3:1: unknown key 'steps' in study;", Assert.Single(StudyTexts.Parse(yaml).Located()), StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_ThousandsOfProblems_FirstHundredListedAndTheRestCounted()
    {
        var yaml = StudyTexts.Minimal + string.Concat(Enumerable.Range(0, 250).Select(i => $"unknown{i}: 1\n"));

        var located = StudyTexts.Parse(yaml).Located();

        Assert.Equal(LoadContext.MaxDiagnostics + 1, located.Length);
        Assert.EndsWith(": 150 more problems not listed; fix the ones above first", located[^1], StringComparison.Ordinal);
    }
}
