using UsabilityLab.Core.Text;

namespace UsabilityLab.Core.Tests.Text;

public class FmtTests
{
    [Theory]
    [InlineData(0.0004, "p < 0.001")]
    [InlineData(0.000999, "p < 0.001")]
    [InlineData(0.001, "p = 0.001")]
    [InlineData(0.0333, "p = 0.033")]
    [InlineData(1, "p = 1.000")]
    public void P_Value_WrittenAsAStatisticianWould(double p, string expected) => Assert.Equal(expected, Fmt.P(p));

    [Theory]
    [InlineData(-100, -44, "−100 to −44")]
    [InlineData(-12, 30, "−12 to 30")]
    [InlineData(36, 98, "36–98")]
    public void Range_Bounds_NegativeUsesToAndTypographicMinus(double low, double high, string expected) =>
        Assert.Equal(expected, Fmt.Range(low, high, "0"));

    [Fact]
    public void NumAndSigned_NegativeNumbers_TypographicMinus()
    {
        Assert.Equal("−3.5 s", Fmt.Num(-3.5, "0.0", " s"));
        Assert.Equal("−12", Fmt.Signed(-12));
        Assert.Equal("+42", Fmt.Signed(42));
        Assert.Equal("0", Fmt.Signed(0));
        Assert.Equal("−40.0 to −10.0", Fmt.Ci(new Core.Metrics.Interval(-40, -10)));
    }
}
