using UsabilityLab.Core.Metrics;

namespace UsabilityLab.Core.Tests.Metrics;

/// <summary>Properties every interval must have, checked over many seeded random inputs.</summary>
public class IntervalPropertyTests
{
    public static TheoryData<int> Seeds()
    {
        var data = new TheoryData<int>();
        for (var seed = 1; seed <= 200; seed++)
        {
            data.Add(seed);
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Seeds))]
    public void AdjustedWald_RandomCounts_ContainsRateWithinBoundsAndNarrowsWithN(int seed)
    {
        var random = new Random(seed);
        var n = random.Next(1, 60);
        var x = random.Next(0, n + 1);

        var small = CompletionRate.AdjustedWald(x, n);
        var large = CompletionRate.AdjustedWald(x * 4, n * 4);

        Assert.InRange(small.Low, 0, small.Rate);
        Assert.InRange(small.High, small.Rate, 1);
        Assert.True(large.High - large.Low < small.High - small.Low, $"{x}/{n}: width did not shrink");
    }

    [Theory]
    [MemberData(nameof(Seeds))]
    public void TimeOnTask_RandomTimes_ContainsGeometricMeanPositiveAndNarrowsWithN(int seed)
    {
        var random = new Random(seed);
        var times = Enumerable.Range(0, random.Next(2, 20)).Select(_ => 5 + (random.NextDouble() * 300)).ToArray();
        var fourfold = Enumerable.Repeat(times, 4).SelectMany(t => t).ToArray();

        var small = TimeOnTask.Summarize(times);
        var large = TimeOnTask.Summarize(fourfold);

        Assert.True(small.Ci!.Value.Contains(small.GeometricMean));
        Assert.True(small.Ci!.Value.Low > 0);
        Assert.InRange(small.GeometricMean, times.Min(), times.Max());
        Assert.Equal(small.GeometricMean, large.GeometricMean, 6);
        Assert.True(large.Ci!.Value.Width < small.Ci!.Value.Width);
    }

    [Theory]
    [MemberData(nameof(Seeds))]
    public void Sus_RandomSheets_ScoreAndIntervalWithinScale(int seed)
    {
        var random = new Random(seed);
        var scores = Enumerable.Range(0, random.Next(2, 15))
            .Select(_ => Sus.Score(Enumerable.Range(0, 10).Select(_ => random.Next(1, 6)).ToArray()))
            .ToArray();

        var summary = Sus.Summarize(scores);

        Assert.All(scores, s => Assert.InRange(s, 0, 100));
        Assert.InRange(summary.Ci!.Value.Low, 0, summary.Mean);
        Assert.InRange(summary.Ci!.Value.High, summary.Mean, 100);
    }

    [Theory]
    [MemberData(nameof(Seeds))]
    public void Seq_RandomAnswers_IntervalWithinScaleAndNarrowsWithN(int seed)
    {
        var random = new Random(seed);
        var answers = Enumerable.Range(0, random.Next(2, 15)).Select(_ => random.Next(1, 8)).ToArray();
        if (answers.Distinct().Count() == 1)
        {
            answers[0] = answers[0] == 7 ? 6 : answers[0] + 1; // a constant sample has a zero-width interval
        }

        var small = Seq.Summarize(answers);
        var large = Seq.Summarize(Enumerable.Repeat(answers, 4).SelectMany(a => a).ToArray());

        Assert.InRange(small.Ci!.Value.Low, 1, small.Mean);
        Assert.InRange(small.Ci!.Value.High, small.Mean, 7);
        Assert.True(large.Ci!.Value.Width <= small.Ci!.Value.Width);
    }

    [Theory]
    [MemberData(nameof(Seeds))]
    public void CompletionRates_RandomCounts_DifferenceIntervalWithinBoundsAndPValid(int seed)
    {
        var random = new Random(seed);
        var (nA, nB) = (random.Next(1, 40), random.Next(1, 40));
        var (xA, xB) = (random.Next(0, nA + 1), random.Next(0, nB + 1));

        var result = Comparison.CompletionRates(xA, nA, xB, nB);

        Assert.InRange(result.Ci.Low, -1, result.Ci.High);
        Assert.InRange(result.Ci.High, result.Ci.Low, 1);
        Assert.InRange(result.P, 0, 1);
        Assert.True(result.Ci.Contains(result.Difference), $"{xA}/{nA} vs {xB}/{nB}: {result.Difference} not in {result.Ci}");
    }

    [Theory]
    [MemberData(nameof(Seeds))]
    public void Times_RandomSamples_RatioIntervalContainsRatioAndAgreesWithP(int seed)
    {
        var random = new Random(seed);
        double[] Sample() => Enumerable.Range(0, random.Next(3, 15)).Select(_ => 5 + (random.NextDouble() * 200)).ToArray();

        var result = Comparison.Times(Sample(), Sample());

        Assert.True(result.RatioCi.Contains(result.Ratio));
        Assert.InRange(result.P, 0, 1);
        Assert.Equal(result.P >= 0.05, result.RatioCi.Contains(1));
    }
}
