using UsabilityLab.Core.Studies;
using UsabilityLab.Core.Studies.Loading;

namespace UsabilityLab.Core.Tests.Studies;

public class GateConditionSyntaxTests
{
    [Theory]
    [InlineData("successRate", ">= 0.8", GateComparison.AtLeast, 0.8)]
    [InlineData("errorRate", "<=0.1", GateComparison.AtMost, 0.1)]
    [InlineData("timeMedian", "<= 30s", GateComparison.AtMost, 30)]
    [InlineData("timeGeoMean", "<= 1m30s", GateComparison.AtMost, 90)]
    [InlineData("timeMedian", "<= 45", GateComparison.AtMost, 45)]
    [InlineData("lostnessMean", "<= 0.4", GateComparison.AtMost, 0.4)]
    [InlineData("rageClicks", "<= 2", GateComparison.AtMost, 2)]
    public void TryParse_ValidThreshold_ReturnsCondition(string metric, string text, GateComparison comparison, double threshold)
    {
        Assert.True(GateConditionSyntax.TryParse(metric, text, out var condition, out var problem), problem);
        Assert.Equal(new GateCondition(metric, comparison, threshold), condition);
    }

    [Theory]
    [InlineData("successRate", "0.8", "successRate needs a comparison and a threshold, e.g. successRate: \">= 0.8\"")]
    [InlineData("successRate", "> 0.8", "successRate '> 0.8' uses '>'; use >= or <=, e.g. \">= 0.8\"")]
    [InlineData("timeMedian", "== 30s", "timeMedian '== 30s' uses '=='; use >= or <=, e.g. \"<= 30s\"")]
    [InlineData("successRate", ">= 80%", "successRate threshold '80%' is not a number; write e.g. \">= 0.8\"")]
    [InlineData("successRate", ">= 1.2", "successRate is a rate between 0 and 1, got 1.2; write 80% as 0.8")]
    [InlineData("rageClicks", "<= -1", "rageClicks threshold must be zero or more, got -1")]
    [InlineData("rageClicks", "<= 2s", "rageClicks threshold '2s' is not a number; write e.g. \"<= 1\"")]
    [InlineData("timeMedian", "<= soon", "timeMedian threshold 'soon' is not a duration or a number of seconds; write e.g. \"<= 30s\"")]
    public void TryParse_BadThreshold_ExplainsFix(string metric, string text, string expected)
    {
        Assert.False(GateConditionSyntax.TryParse(metric, text, out _, out var problem));
        Assert.Equal(expected, problem);
    }
}
