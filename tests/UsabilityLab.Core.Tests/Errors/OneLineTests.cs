using UsabilityLab.Core.Errors;

namespace UsabilityLab.Core.Tests.Errors;

public class OneLineTests
{
    [Fact]
    public void Of_PlainMessage_Unchanged() => Assert.Equal("timeLimit '90' has no unit", OneLine.Of("timeLimit '90' has no unit"));

    [Fact]
    public void Of_QuotedLineBreaksAndControls_BecomeVisibleEscapes() =>
        Assert.Equal(@"got 'a\nb\r\tc\u0000'", OneLine.Of("got 'a\nb\r\tc\0'"));

    [Fact]
    public void Of_HugeQuotedValue_KeepsTheStartAndTheHint()
    {
        var message = OneLine.Of($"outcome '{new string('x', 10_000)}' is not one of success, failed");

        Assert.Equal(OneLine.MaxLength, message.Length);
        Assert.StartsWith("outcome 'xxx", message, StringComparison.Ordinal);
        Assert.Contains(" … ", message, StringComparison.Ordinal);
        Assert.EndsWith("' is not one of success, failed", message, StringComparison.Ordinal);
    }
}
