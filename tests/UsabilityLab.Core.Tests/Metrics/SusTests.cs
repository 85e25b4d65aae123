using UsabilityLab.Core.Metrics;

namespace UsabilityLab.Core.Tests.Metrics;

public class SusTests
{
    [Theory]
    [InlineData(new[] { 3, 3, 3, 3, 3, 3, 3, 3, 3, 3 }, 50)]   // neutral everywhere: 10 × 2 = 20 × 2.5
    [InlineData(new[] { 4, 2, 4, 2, 4, 2, 4, 2, 4, 2 }, 75)]   // 5 × 3 + 5 × 3 = 30 × 2.5
    [InlineData(new[] { 5, 1, 5, 1, 5, 1, 5, 1, 5, 1 }, 100)]  // best possible sheet
    [InlineData(new[] { 1, 5, 1, 5, 1, 5, 1, 5, 1, 5 }, 0)]    // worst possible sheet
    [InlineData(new[] { 5, 5, 5, 5, 5, 5, 5, 5, 5, 5 }, 50)]   // acquiescent "all agree": 5 × 4 + 5 × 0
    [InlineData(new[] { 5, 2, 4, 1, 4, 2, 5, 1, 4, 2 }, 85)]   // odd 4+3+3+4+3 = 17, even 3+4+3+4+3 = 17 ⇒ 34 × 2.5
    public void Score_AnswerSheet_MatchesBrookeScoring(int[] answers, double expected) =>
        Assert.Equal(expected, Sus.Score(answers));

    [Fact]
    public void Score_NineItems_Throws() =>
        Assert.Throws<ArgumentOutOfRangeException>(() => Sus.Score([3, 3, 3, 3, 3, 3, 3, 3, 3]));

    [Theory]
    [InlineData(0)]
    [InlineData(6)]
    public void Score_AnswerOutOfScale_Throws(int bad) =>
        Assert.Throws<ArgumentOutOfRangeException>(() => Sus.Score([3, 3, 3, bad, 3, 3, 3, 3, 3, 3]));

    [Theory]
    [InlineData(100, "A+")]
    [InlineData(84.1, "A+")]
    [InlineData(84.0, "A")]
    [InlineData(80.8, "A")]
    [InlineData(80.7, "A-")]
    [InlineData(78.9, "A-")]
    [InlineData(78.8, "B+")]
    [InlineData(77.2, "B+")]
    [InlineData(77.1, "B")]
    [InlineData(74.1, "B")]
    [InlineData(74.0, "B-")]
    [InlineData(72.6, "B-")]
    [InlineData(72.5, "C+")]
    [InlineData(71.1, "C+")]
    [InlineData(71.0, "C")]
    [InlineData(65.0, "C")]
    [InlineData(64.9, "C-")]
    [InlineData(62.7, "C-")]
    [InlineData(62.6, "D")]
    [InlineData(51.7, "D")]
    [InlineData(51.6, "F")]
    [InlineData(0, "F")]
    [InlineData(68, "C")] // the often-quoted average SUS score
    public void Grade_Score_FollowsCurvedScale(double score, string grade) =>
        Assert.Equal(grade, Sus.Grade(score));

    [Theory]
    [InlineData(-0.1)]
    [InlineData(100.1)]
    [InlineData(double.NaN)]
    public void Grade_OutOfRange_Throws(double score) =>
        Assert.Throws<ArgumentOutOfRangeException>(() => Sus.Grade(score));

    [Fact]
    public void Summarize_FiveScores_MeanTIntervalAndGrade()
    {
        // mean 75, sd = √(((−5)² + 0 + 5² + (−10)² + 10²)/4) = √62.5 = 7.906, se = 3.536,
        // t(0.975, 4) = 2.7764 ⇒ 75 ± 9.82 = 65.18 … 84.82.
        var summary = Sus.Summarize([70, 75, 80, 65, 85]);

        Assert.Equal(75, summary.Mean, 10);
        Assert.Equal("B", summary.Grade);
        Assert.Equal(5, summary.N);
        Assert.Equal(65.18, summary.Ci!.Value.Low, 0.01);
        Assert.Equal(84.82, summary.Ci!.Value.High, 0.01);
    }

    [Fact]
    public void Summarize_NearCeiling_IntervalClippedTo100()
    {
        var summary = Sus.Summarize([100, 95, 100]);

        Assert.Equal(100, summary.Ci!.Value.High);
    }
}
