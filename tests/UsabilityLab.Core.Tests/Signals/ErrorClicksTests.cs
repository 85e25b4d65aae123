using UsabilityLab.Core.Events;
using UsabilityLab.Core.Signals;

namespace UsabilityLab.Core.Tests.Signals;

public class ErrorClicksTests
{
    [Theory]
    [InlineData(EventKind.PageError)]
    [InlineData(EventKind.ConsoleError)]
    [InlineData(EventKind.RequestFailed)]
    [InlineData(EventKind.HttpError)]
    public void Detect_ErrorWithin1s_Signal(EventKind error)
    {
        var signal = Assert.Single(ErrorClicks.Detect([Ev.Click(0), Ev.Of(error, 400)]));

        Assert.Equal(SignalKind.ErrorClick, signal.Kind);
        Assert.Equal([EventKind.Click, error], signal.Evidence.Select(e => e.Kind));
    }

    [Fact]
    public void Detect_ErrorExactly1sLater_Signal() =>
        Assert.Single(ErrorClicks.Detect([Ev.Click(0), Ev.Of(EventKind.PageError, 1000)]));

    [Fact]
    public void Detect_Error1010msLater_NoSignal() =>
        Assert.Empty(ErrorClicks.Detect([Ev.Click(0), Ev.Of(EventKind.PageError, 1010)]));

    [Fact]
    public void Detect_ErrorBeforeClick_NoSignal() =>
        Assert.Empty(ErrorClicks.Detect([Ev.Of(EventKind.PageError, 0), Ev.Click(100)]));

    [Fact]
    public void Detect_TwoErrorsAfterOneClick_OneSignalWithBoth()
    {
        var signal = Assert.Single(ErrorClicks.Detect([Ev.Click(0), Ev.Of(EventKind.HttpError, 200), Ev.Of(EventKind.ConsoleError, 210)]));

        Assert.Equal(3, signal.Evidence.Count);
    }
}
