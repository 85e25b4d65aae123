using UsabilityLab.Core.Analysis;
using UsabilityLab.Core.Metrics;
using UsabilityLab.Core.Sessions;

namespace UsabilityLab.Core.Tests.Analysis;

public sealed class RunComparerTests
{
    private static List<AttemptRecord> Attempts(string task, int successes, int failures, params double[] times) =>
        Enumerable.Range(0, successes + failures)
            .Select(i => new AttemptRecord
            {
                Id = i + 1,
                Participant = $"P{i:00}",
                TaskId = task,
                Outcome = i < successes ? AttemptOutcome.Success : AttemptOutcome.Failed,
                TimeSeconds = times[i % times.Length],
            })
            .ToList();

    [Fact]
    public void Compare_SauroLewisExample_MatchesTheStandaloneTests()
    {
        // 11 of 12 succeed after the redesign, 5 of 10 before: the N−1 two-proportion example.
        var after = Attempts("t", 11, 1, 40, 52, 47, 61, 38, 44);
        var before = Attempts("t", 5, 5, 70, 95, 66, 81, 120);
        var analysisAfter = RunAnalyzer.Analyze(null, after, [], []);
        var analysisBefore = RunAnalyzer.Analyze(null, before, [], []);

        var result = RunComparer.Compare(analysisAfter, after, analysisBefore, before);

        var task = Assert.Single(result.Tasks);
        var expected = Comparison.CompletionRates(11, 12, 5, 10);
        Assert.Equal(expected.P, task.Completion!.P, 6);
        Assert.Equal(0.033, task.Completion.P, 3);
        var times = Comparison.Times(
            after.Where(a => a.Outcome == AttemptOutcome.Success).Select(a => a.TimeSeconds).ToArray(),
            before.Where(a => a.Outcome == AttemptOutcome.Success).Select(a => a.TimeSeconds).ToArray());
        Assert.Equal(times.Ratio, task.Time!.Ratio, 9);
        Assert.True(task.Time.Ratio < 1, "after is faster");
        Assert.Equal("needs at least two complete SUS sheets in each run", result.SusNote);
    }

    [Fact]
    public void Compare_TooFewSuccesses_NoTimeTestAndSaysWhy()
    {
        var a = Attempts("t", 1, 3, 30);
        var b = Attempts("t", 3, 0, 20, 25, 30);

        var result = RunComparer.Compare(RunAnalyzer.Analyze(null, a, [], []), a, RunAnalyzer.Analyze(null, b, [], []), b);

        var task = Assert.Single(result.Tasks);
        Assert.Null(task.Time);
        Assert.Contains("two successful attempts", task.TimeNote, StringComparison.Ordinal);
        Assert.NotNull(task.Completion);
    }

    [Fact]
    public void Compare_SusSheets_WelchOnScores()
    {
        static IEnumerable<QuestionnaireAnswer> Sheet(string p, int odd, int even) =>
            Enumerable.Range(1, 10).Select(i => new QuestionnaireAnswer(p, "sus", null, i, i % 2 == 1 ? odd : even));
        var answersA = Sheet("A1", 5, 1).Concat(Sheet("A2", 4, 2)).Concat(Sheet("A3", 4, 1)).ToList();
        var answersB = Sheet("B1", 3, 3).Concat(Sheet("B2", 2, 4)).Concat(Sheet("B3", 3, 2)).ToList();
        var attempts = Attempts("t", 2, 0, 10, 12);

        var result = RunComparer.Compare(RunAnalyzer.Analyze(null, attempts, [], answersA), attempts, RunAnalyzer.Analyze(null, attempts, [], answersB), attempts);

        Assert.NotNull(result.Sus);
        Assert.Equal((100 + 75 + 87.5) / 3, result.Sus!.MeanA, 6);
        Assert.Equal((50 + 25 + 62.5) / 3, result.Sus.MeanB, 6);
        Assert.True(result.Sus.P < 0.05);
    }

    [Fact]
    public void Compare_SimulatedRun_SusNotMeasured()
    {
        var attempts = Attempts("t", 2, 0, 10, 12);
        var sheet = Enumerable.Range(1, 10).Select(i => new QuestionnaireAnswer("P1", "sus", null, i, 4)).ToList();
        var people = RunAnalyzer.Analyze(null, attempts, [], sheet);
        var simulated = RunAnalyzer.Analyze(null, attempts, [], sheet, simulatedParticipants: attempts.Select(a => a.Participant).Append("P1").ToArray());

        var result = RunComparer.Compare(people, attempts, simulated, attempts);

        Assert.Null(result.Sus);
        Assert.Contains("simulated", result.SusNote, StringComparison.Ordinal);
    }
}
