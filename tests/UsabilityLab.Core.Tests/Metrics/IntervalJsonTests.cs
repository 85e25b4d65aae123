using System.Text.Json;
using UsabilityLab.Core.Metrics;

namespace UsabilityLab.Core.Tests.Metrics;

public class IntervalJsonTests
{
    [Fact]
    public void Serialize_Interval_WritesTwoElementArray() =>
        Assert.Equal("[0.25,0.75]", JsonSerializer.Serialize(new Interval(0.25, 0.75)));

    [Fact]
    public void Serialize_NullInterval_WritesNull() =>
        Assert.Equal("null", JsonSerializer.Serialize<Interval?>(null));

    [Fact]
    public void Deserialize_Array_RoundTrips() =>
        Assert.Equal(new Interval(1, 2), JsonSerializer.Deserialize<Interval>("[1, 2]"));

    [Theory]
    [InlineData("[1]")]
    [InlineData("[1,2,3]")]
    [InlineData("{\"low\":1}")]
    public void Deserialize_WrongShape_Throws(string json) =>
        Assert.Throws<JsonException>(() => JsonSerializer.Deserialize<Interval>(json));

    [Fact]
    public void Constructor_HighBelowLow_Throws() =>
        Assert.Throws<ArgumentOutOfRangeException>(() => new Interval(2, 1));
}
