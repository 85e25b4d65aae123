using System.Globalization;
using System.Text;
using CsCheck;
using UsabilityLab.Core.Errors;
using UsabilityLab.Core.Import;
using UsabilityLab.Core.Sessions;
using UsabilityLab.Core.Tests.Support;

namespace UsabilityLab.Core.Tests.Import;

/// <summary>
/// Whatever file arrives, <see cref="ResultsCsv.Parse"/> gives the rows or located problems: never an exception, a hang
/// or unbounded memory; and a well-formed file, however it quotes, spaces and ends its lines, gives back exactly its rows.
/// </summary>
public sealed class ResultsCsvPropertyTests : IDisposable
{
    private const long MaxAllocatedBytes = 64L * 1024 * 1024;
    private static readonly string[] Outcomes = ["success", "failed", "abandoned", "error"];

    private static readonly string[] Columns =
    [
        "participant", "task", "outcome", "time_s", "clicks", "errors", "seq", "pages", "unique_pages", "optimal_pages",
        "q1", "q5", "q10", "score", "Time_S", " task ", "other", "",
    ];

    private static readonly string[] Fields =
    [
        "", "", "", "P1", "checkout", "success", "success", "3", "3", "10.5", "Failed", "won", "0", "1", "7", "-1", "42.5", "1e308", "1e309", "NaN", "Infinity",
        "604800", "604801", "99999999999", ",", "\"", "\"\"", "\"a,b\"", "\"a\nb\"", "\"unclosed", "a\"b", "\n", "\r\n", "\r",
        " ", "\t", "\0", "\uFEFF", "é", "😀", "\ud800", ";", "0x1F", "1,5",
    ];

    private readonly TempFolder _temp = new();

    public void Dispose() => _temp.Dispose();

    private Task Holds(byte[] content, ImportKind kind) => Bounded.RunAsync(() => Check(Write(content), kind), MaxAllocatedBytes);

    [Fact]
    public Task Parse_RandomBytes_RowsOrLocatedProblems() =>
        Gen.Select(Gen.Byte.Array[0, 4000], Gen.Enum<ImportKind>()).SampleAsync(Holds, iter: 200);

    [Fact]
    public Task Parse_GeneratedFiles_RowsOrLocatedProblems() =>
        Gen.Enum<ImportKind>().SelectMany(kind => Gen.Select(
                Gen.OneOf(Gen.Const(Required(kind)), Gen.OneOf(Columns).Array[0, 14]), // a header that passes, so the rows are read, or any
                Gen.OneOf(Fields).Array[0, 14].Array[0, 40], Gen.OneOf("\n", "\r\n", "\r"), Gen.Bool,
                (header, rows, newline, bom) => (Text(header, rows, newline, bom), kind)))
            .SampleAsync(Holds, iter: 400);

    [Fact]
    public Task Parse_WellFormedOutcomes_GiveBackExactlyTheirRows() =>
        Gen.Select(Attempt.Array[1, 30], Gen.OneOf("\n", "\r\n"), Gen.Bool, (attempts, newline, bom) => (attempts, Text(attempts, newline, bom)))
            .SampleAsync(async t =>
            {
                var data = await Bounded.RunAsync(() => ResultsCsv.Parse(Write(t.Item2), ImportKind.Outcomes), MaxAllocatedBytes);
                Assert.Empty(data.Problems);
                Assert.Equal(t.attempts.Select(a => (a.Participant, a.TaskId, a.Outcome, a.TimeSeconds, a.Clicks)),
                    data.Attempts.Select(a => (a.Participant, a.TaskId, a.Outcome, a.TimeSeconds, a.Clicks)));
            }, iter: 200);

    private static string[] Required(ImportKind kind) => kind switch
    {
        ImportKind.Outcomes => ["participant", "task", "outcome", "time_s", "seq"],
        ImportKind.Sus => ["participant", .. Enumerable.Range(1, 10).Select(i => $"q{i}")],
        _ => ["participant", "score"],
    };

    /// <summary>Valid attempts with awkward labels: commas, quotes, line breaks and spaces inside (the file quotes them).</summary>
    private static readonly Gen<AttemptRecord> Attempt =
        Gen.Select(Label, Label, Gen.OneOf(AttemptOutcome.Success, AttemptOutcome.Failed, AttemptOutcome.Abandoned, AttemptOutcome.Error), Gen.Double[0, CsvFieldReader.MaxSeconds], Gen.Int[0, 100_000].Nullable(),
            (participant, task, outcome, seconds, clicks) => new AttemptRecord { Participant = participant, TaskId = task, Outcome = outcome, TimeSeconds = seconds, Clicks = clicks });

    private static Gen<string> Label => Gen.Char["Pab1 ,\"\n;é"].Array[1, 12].Select(c => new string(c).Trim(' ')).Where(s => s.Length > 0);

    /// <summary>The property itself: rows and no problems, or no rows and every problem located and on one line.</summary>
    private static bool Check(string path, ImportKind kind)
    {
        var data = ResultsCsv.Parse(path, kind);
        if (data.IsValid)
        {
            Assert.True(data.Attempts.Count + data.Answers.Count > 0);
            Assert.All(data.Attempts, a => Assert.InRange(a.TimeSeconds, 0, CsvFieldReader.MaxSeconds));
            return true;
        }

        Assert.Empty(data.Attempts);
        Assert.Empty(data.Answers);
        Assert.InRange(data.Problems.Count, 1, ImportProblems.MaxListed + 1);
        foreach (var problem in data.Problems)
        {
            Assert.Equal(path, problem.File);
            Assert.True(problem.Line >= 1, problem.ToString());
            Assert.True(problem.Column is null or >= 1, problem.ToString());
            Assert.DoesNotContain(problem.Message, char.IsControl);
            Assert.True(problem.Message.Length <= OneLine.MaxLength, problem.Message);
        }

        return false;
    }

    private string Write(byte[] content)
    {
        var path = _temp.File($"{Guid.NewGuid():N}.csv");
        File.WriteAllBytes(path, content);
        return path;
    }

    private static byte[] Text(string[] header, string[][] rows, string newline, bool bom) =>
        Encode(string.Concat(new[] { header }.Concat(rows).Select(fields => string.Join(',', fields) + newline)), bom);

    private static byte[] Text(AttemptRecord[] attempts, string newline, bool bom) =>
        Encode("participant, task ,outcome,time_s,clicks" + newline + string.Concat(attempts.Select(a =>
            string.Join(',', Quoted(a.Participant), Quoted(a.TaskId), " " + a.Outcome.ToString().ToUpperInvariant(), a.TimeSeconds.ToString("R", CultureInfo.InvariantCulture), a.Clicks?.ToString(CultureInfo.InvariantCulture) ?? "") + newline)), bom);

    private static string Quoted(string field) => "\"" + field.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"";

    private static byte[] Encode(string text, bool bom) => [.. bom ? Encoding.UTF8.GetPreamble() : [], .. Encoding.UTF8.GetBytes(text)];
}
