using System.Text.Json;
using UsabilityLab.Core.Analysis;

namespace UsabilityLab.Core.Tests.Analysis;

public class RunAnalysisJsonTests
{
    private static readonly JsonSerializerOptions CamelCase = new(JsonSerializerDefaults.Web);

    private static JsonElement Serialize() =>
        JsonSerializer.SerializeToElement(
            RunAnalyzer.Analyze(SyntheticRun.Study, SyntheticRun.Attempts, SyntheticRun.Events, SyntheticRun.Answers), CamelCase);

    [Fact]
    public void Serialize_TaskMetrics_HasDocumentedFieldNames()
    {
        var task = Serialize().GetProperty("tasks")[0];

        string[] required =
        [
            "id", "attempts", "successes", "successRate", "successRateCi", "abandonRate", "errorRate", "timeGeoMeanS", "timeCiS",
            "timeMedianS", "clicksMean", "clickEfficiency", "lostnessMean", "timeBasedEfficiency", "seqMean", "seqCi",
            "rageClicks", "deadClicks", "errorClicks", "quickBacks",
        ];
        var names = task.EnumerateObject().Select(p => p.Name).ToHashSet();
        Assert.All(required, name => Assert.Contains(name, names));
    }

    [Fact]
    public void Serialize_Intervals_AreTwoNumberArrays()
    {
        var task = Serialize().GetProperty("tasks")[0];

        foreach (var name in new[] { "successRateCi", "timeCiS", "seqCi" })
        {
            var ci = task.GetProperty(name);
            Assert.Equal(JsonValueKind.Array, ci.ValueKind);
            Assert.Equal(2, ci.GetArrayLength());
            Assert.True(ci[0].GetDouble() <= ci[1].GetDouble());
        }
    }

    [Fact]
    public void Serialize_RunSummaries_HaveDocumentedShape()
    {
        var run = Serialize();

        var sus = run.GetProperty("sus");
        Assert.Equal(["mean", "ci", "grade", "n"], sus.EnumerateObject().Select(p => p.Name));
        Assert.Equal(["score", "promoters", "passives", "detractors", "n"], run.GetProperty("nps").EnumerateObject().Select(p => p.Name));
        Assert.Equal(4, run.GetProperty("participants").GetInt32());
        var kinds = run.GetProperty("signals").EnumerateArray().Select(s => s.GetProperty("signal").GetProperty("kind").GetString());
        Assert.Contains("RageClick", kinds); // enum written by name, not number
    }

    [Fact]
    public void Serialize_NoData_WritesNullNotZero()
    {
        var analysis = RunAnalyzer.Analyze(null, [new() { Participant = "A", TaskId = "t", TimeSeconds = 10, Outcome = Sessions.AttemptOutcome.Failed }], [], []);

        var task = JsonSerializer.SerializeToElement(analysis, CamelCase).GetProperty("tasks")[0];

        Assert.Equal(JsonValueKind.Null, task.GetProperty("timeGeoMeanS").ValueKind);
        Assert.Equal(JsonValueKind.Null, task.GetProperty("timeCiS").ValueKind);
        Assert.Equal(JsonValueKind.Null, task.GetProperty("rageClicks").ValueKind);
    }
}
