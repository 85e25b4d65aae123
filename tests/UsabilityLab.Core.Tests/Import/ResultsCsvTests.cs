using UsabilityLab.Core.Import;
using UsabilityLab.Core.Sessions;
using UsabilityLab.Core.Tests.Support;

namespace UsabilityLab.Core.Tests.Import;

public sealed class ResultsCsvTests : IDisposable
{
    private readonly TempFolder _temp = new();

    public void Dispose() => _temp.Dispose();

    private string File(string content) => _temp.Write("results.csv", content);

    [Fact]
    public void Parse_Outcomes_ReadsEveryColumn()
    {
        var path = File("participant,task,outcome,time_s,clicks,errors,seq,pages,unique_pages,optimal_pages\nP1,checkout,success,42.5,7,1,6,5,4,3\n\"P2, remote\",checkout,Abandoned,120,,,,,,\n");

        var data = ResultsCsv.Parse(path, ImportKind.Outcomes);

        Assert.True(data.IsValid);
        var first = data.Attempts[0];
        Assert.Equal(("P1", "checkout", AttemptOutcome.Success, 42.5), (first.Participant, first.TaskId, first.Outcome, first.TimeSeconds));
        Assert.Equal((7, 1, 6, 5, 4, 3), (first.Clicks, first.Errors, first.Seq, first.PageVisits, first.UniquePages, first.OptimalPages));
        Assert.Equal("P2, remote", data.Attempts[1].Participant);
        Assert.Null(data.Attempts[1].Clicks);
        Assert.Equal(new QuestionnaireAnswer("P1", "seq", "checkout", 1, 6), Assert.Single(data.Answers));
    }

    [Fact]
    public void Parse_BadRows_EveryProblemWithItsLine_AndNothingImported()
    {
        var path = File("participant,task,outcome,time_s\nP1,t,success,10\nP2,t,won,10\nP3,t,failed,-4\n,t,success,abc\n");

        var data = ResultsCsv.Parse(path, ImportKind.Outcomes);

        Assert.False(data.IsValid);
        Assert.Empty(data.Attempts);
        Assert.Equal(
            [
                $"{path}:3:6: outcome 'won' is not one of success, failed, abandoned, error",
                $"{path}:4:13: time_s '-4' is not a number of seconds from 0 to 604800 (a week); use a dot for decimals",
                $"{path}:5:1: 'participant' is empty",
                $"{path}:5:12: time_s 'abc' is not a number of seconds from 0 to 604800 (a week); use a dot for decimals",
            ],
            data.Problems.Select(p => p.ToString()));
    }

    [Fact]
    public void Parse_MissingAndUnknownColumns_ReportedOnTheHeaderLine()
    {
        var data = ResultsCsv.Parse(File("participant,task,result,time_s\nP1,t,success,3\n"), ImportKind.Outcomes);

        Assert.Contains(data.Problems, p => p.Line == 1 && p.Message.StartsWith("missing column 'outcome'", StringComparison.Ordinal));
        Assert.Contains(data.Problems, p => p.Line == 1 && p.Message.StartsWith("unknown column 'result'", StringComparison.Ordinal));
    }

    [Fact]
    public void Parse_Sus_TenItemsPerParticipant_RangeChecked()
    {
        var good = ResultsCsv.Parse(File("participant,q1,q2,q3,q4,q5,q6,q7,q8,q9,q10\nP1,4,2,4,2,4,2,4,2,4,2\n"), ImportKind.Sus);
        var bad = ResultsCsv.Parse(File("participant,q1,q2,q3,q4,q5,q6,q7,q8,q9,q10\nP1,4,2,4,2,4,2,4,2,4,6\n"), ImportKind.Sus);

        Assert.Equal(10, good.Answers.Count);
        Assert.Equal(75, Core.Metrics.Sus.Score(good.Answers.Select(a => a.Value).ToArray()));
        Assert.Equal("q10 '6' must be a whole number 1–5", Assert.Single(bad.Problems).Message);
    }

    [Fact]
    public void Parse_Nps_AndMissingFile()
    {
        var data = ResultsCsv.Parse(File("participant,score\nP1,10\nP2,3\n"), ImportKind.Nps);

        Assert.Equal([10, 3], data.Answers.Select(a => a.Value));
        Assert.Equal("file not found; check the path", Assert.Single(ResultsCsv.Parse(_temp.File("nope.csv"), ImportKind.Nps).Problems).Message);
    }
}
