using System.Security.Cryptography;
using UsabilityLab.Core.Import;
using UsabilityLab.Core.Tests.Support;
using UsabilityLab.Tests.Shared;

namespace UsabilityLab.Core.Tests.Import;

/// <summary>Files and values past the importer's limits: one located line each, nothing imported.</summary>
public sealed class ResultsCsvLimitTests : IDisposable
{
    private const string Header = "participant,task,outcome,time_s";
    private readonly TempFolder _temp = new();

    public void Dispose() => _temp.Dispose();

    private string Write(string content) => _temp.Write("results.csv", content);

    private static string[] Problems(string path, ImportKind kind = ImportKind.Outcomes)
    {
        var data = ResultsCsv.Parse(path, kind);
        Assert.Empty(data.Attempts);
        Assert.Empty(data.Answers);
        return [.. data.Problems.Select(p => p.ToString()[(path.Length + 1)..])];
    }

    [Theory]
    [InlineData("1e308")]
    [InlineData("1e309")]
    [InlineData("604801")]
    [InlineData("NaN")]
    [InlineData("Infinity")]
    [InlineData("-0.5")]
    public void Parse_TimeOutsideZeroToAWeek_Refused(string time) =>
        Assert.Equal([$"2:14: time_s '{time}' is not a number of seconds from 0 to 604800 (a week); use a dot for decimals"], Problems(Write($"{Header}\nP1,t,success,{time}\n")));

    [Fact]
    public void Parse_TimeOfExactlyAWeek_Accepted() =>
        Assert.Equal(604800, Assert.Single(ResultsCsv.Parse(Write($"{Header}\nP1,t,success,604800\n"), ImportKind.Outcomes).Attempts).TimeSeconds);

    [Theory]
    [InlineData("participant,task,outcome,time_s,time_s", "1:33: column 'time_s' appears twice (also field 4); remove one, or rename it")]
    [InlineData("participant,task,outcome,time_s, Time_S ", "1:34: column 'time_s' appears twice (also field 4); remove one, or rename it")]
    public void Parse_DuplicatedHeaderColumn_Refused(string header, string expected) =>
        Assert.Equal([expected], Problems(Write($"{header}\nP1,t,success,1,2\n")));

    [Fact]
    public void Parse_UnclosedQuote_ReportedWhereItOpens_AndReadingStops() =>
        Assert.Equal(
            ["3: a quoted field is not closed; close it, and write a quote inside a quoted field as \"\""],
            Problems(Write($"{Header}\nP1,t,success,1\n\"P2,t,success,1\nP3,t,won,1\n")));

    [Fact]
    public void Parse_MoreFieldsThanTheHeader_ReportedAtTheFirstExtraField() =>
        Assert.Equal(
            ["2:22: 5 fields, but the header has 4; quote a field that contains a comma"],
            Problems(Write($"{Header}\nP2, remote,t,success,1\n")));

    [Fact]
    public void Parse_HeaderWiderThanAnyResultsFile_OneLine() =>
        Assert.Equal(["1: 65 fields, but a results file has at most 64 columns"], Problems(Write(string.Join(',', Enumerable.Range(0, 65).Select(i => $"c{i}")) + "\n")).Select(p => p.Remove(1, p.IndexOf(':', 2) - 1)).ToArray());

    [Fact]
    public void Parse_QuotedLineBreak_LaterLinesStayRight_AndTheMultiLineRowHasNoColumn()
    {
        var path = Write($"{Header}\n\"P1\nremote\",t,won,1\nP2,t,lost,1\n");

        Assert.Equal(["2: outcome 'won' is not one of success, failed, abandoned, error", "4:6: outcome 'lost' is not one of success, failed, abandoned, error"], Problems(path));
    }

    [Fact]
    public void Parse_ByteOrderMarkCrLfAndBlankLines_ReadAsUsual()
    {
        var path = _temp.File("excel.csv");
        File.WriteAllBytes(path, [0xEF, 0xBB, 0xBF, .. "participant,task,outcome,time_s\r\n\r\nP1,t,success,1\r\n  ,  ,  ,  \r\nP2,t,failed,2\r\n"u8]);

        var data = ResultsCsv.Parse(path, ImportKind.Outcomes);

        Assert.Equal(["P1", "P2"], data.Attempts.Select(a => a.Participant));
        Assert.Equal(Convert.ToHexStringLower(SHA256.HashData(File.ReadAllBytes(path))), data.SourceSha256);
    }

    [Fact]
    public void Parse_EmptyFile_AsksForAHeader() =>
        Assert.Equal(["1: the file is empty; expected a header row such as participant,task,outcome,time_s"], Problems(Write("")));

    [Fact]
    public void Parse_Fifo_RefusedWithoutBlocking()
    {
        var fifo = SpecialFiles.Fifo(_temp.File("pipe.csv"));

        Assert.Equal(["1: is a named pipe (FIFO), not a regular file; save the content to a file and pass that"], Problems(fifo));
    }

    [Fact]
    public void Parse_DevZero_RefusedAsADevice() =>
        Assert.Equal(["1: is a character device, not a regular file; save the content to a file and pass that"], Problems(SpecialFiles.EndlessDevice));

    [Fact]
    public void Parse_OverTheSizeCap_SaysTheCapAndTheSize()
    {
        var path = _temp.File("huge.csv");
        using (var file = File.Create(path))
        {
            file.SetLength((64L * 1024 * 1024) + 1); // sparse: nothing is written, and nothing must be read
        }

        Assert.Equal(["1: the file is 64 MiB (67,108,865 bytes); CSV files are limited to 64 MiB"], Problems(path));
    }

    [Fact]
    public void Parse_ThousandsOfBadRows_FirstHundredListedAndTheRestCounted()
    {
        var path = Write(Header + "\n" + string.Concat(Enumerable.Range(0, 500).Select(i => $"P{i},t,won,1\n")));

        var problems = Problems(path);

        Assert.Equal(101, problems.Length);
        Assert.Equal("101: 400 more problems not listed; fix the ones above first", problems[^1]);
    }
}
