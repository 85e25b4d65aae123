using UsabilityLab.Core.Metrics;

namespace UsabilityLab.Core.Tests.Metrics;

public class SeqNpsTests
{
    [Fact]
    public void Summarize_SeqAnswers_MeanWithTInterval()
    {
        // 5, 6, 7, 4, 6: mean 5.6, sd = √(((−.6)² + .4² + 1.4² + (−1.6)² + .4²)/4) = √1.3 = 1.1402,
        // se = 0.5099, t(0.975, 4) = 2.7764 ⇒ 5.6 ± 1.4157 = 4.184 … 7.016 ⇒ clipped to 7.
        var seq = Seq.Summarize([5, 6, 7, 4, 6]);

        Assert.Equal(5.6, seq.Mean, 10);
        Assert.Equal(4.184, seq.Ci!.Value.Low, 0.005);
        Assert.Equal(7, seq.Ci!.Value.High);
        Assert.Equal(5, seq.N);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(8)]
    public void Summarize_SeqOutOfScale_Throws(int bad) =>
        Assert.Throws<ArgumentOutOfRangeException>(() => Seq.Summarize([4, bad]));

    [Fact]
    public void Compute_TenAnswers_PromotersMinusDetractors()
    {
        // Promoters 9, 10, 10, 9, 9 (5); passives 7, 8, 8 (3); detractors 6, 0 (2) ⇒ 50 % − 20 % = 30.
        var nps = Nps.Compute([9, 10, 10, 9, 9, 7, 8, 8, 6, 0]);

        Assert.Equal(30, nps.Score, 10);
        Assert.Equal(5, nps.Promoters);
        Assert.Equal(3, nps.Passives);
        Assert.Equal(2, nps.Detractors);
        Assert.Equal(10, nps.N);
    }

    [Fact]
    public void Compute_AllDetractors_MinusHundred() => Assert.Equal(-100, Nps.Compute([0, 6, 3]).Score);

    [Theory]
    [InlineData(-1)]
    [InlineData(11)]
    public void Compute_AnswerOutOfScale_Throws(int bad) =>
        Assert.Throws<ArgumentOutOfRangeException>(() => Nps.Compute([bad]));

    [Fact]
    public void Compute_Empty_Throws() => Assert.Throws<ArgumentOutOfRangeException>(() => Nps.Compute([]));
}
