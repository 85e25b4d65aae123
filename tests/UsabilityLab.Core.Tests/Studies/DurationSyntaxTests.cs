using UsabilityLab.Core.Studies.Loading;

namespace UsabilityLab.Core.Tests.Studies;

public class DurationSyntaxTests
{
    [Theory]
    [InlineData("500ms", 500)]
    [InlineData("2s", 2_000)]
    [InlineData("1.5s", 1_500)]
    [InlineData("2m", 120_000)]
    [InlineData("1m30s", 90_000)]
    [InlineData("1m 30s", 90_000)]
    [InlineData("1h", 3_600_000)]
    [InlineData("1h2m3s4ms", 3_723_004)]
    [InlineData("0ms", 0)]
    public void TryParse_WithUnits_ReturnsDuration(string text, double milliseconds)
    {
        Assert.True(DurationSyntax.TryParse(text, out var value, out var problem), problem);
        Assert.Equal(TimeSpan.FromMilliseconds(milliseconds), value);
    }

    [Theory]
    [InlineData("120")]
    [InlineData("1.5")]
    public void TryParse_BareNumber_AsksForUnit(string text)
    {
        Assert.False(DurationSyntax.TryParse(text, out _, out var problem));
        Assert.Equal("has no unit; add a unit, e.g. 120s", problem);
    }

    [Theory]
    [InlineData("")]
    [InlineData("2 minutes")]
    [InlineData("30s1m")]
    [InlineData("1m1m")]
    [InlineData("-5s")]
    [InlineData("s")]
    [InlineData("1d")]
    public void TryParse_NotADuration_ShowsExamples(string text)
    {
        Assert.False(DurationSyntax.TryParse(text, out _, out var problem));
        Assert.Equal("is not a duration; write e.g. 500ms, 2s, 1.5s, 2m, 1m30s or 1h", problem);
    }
}
