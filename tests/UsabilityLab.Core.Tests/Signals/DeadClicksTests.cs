using UsabilityLab.Core.Events;
using UsabilityLab.Core.Signals;

namespace UsabilityLab.Core.Tests.Signals;

public class DeadClicksTests
{
    [Fact]
    public void Detect_MutationAt1490ms_NotDead() =>
        Assert.Empty(DeadClicks.Detect([Ev.Click(0), Ev.Of(EventKind.Mutation, 1490), Ev.Move(3000)]));

    [Fact]
    public void Detect_MutationAt1510ms_Dead()
    {
        var signal = Assert.Single(DeadClicks.Detect([Ev.Click(0), Ev.Of(EventKind.Mutation, 1510), Ev.Move(3000)]));

        Assert.Equal(SignalKind.DeadClick, signal.Kind);
        Assert.Equal("#buy", signal.Selector);
        Assert.Equal(EventKind.Click, Assert.Single(signal.Evidence).Kind);
    }

    [Theory]
    [InlineData(EventKind.Navigation)]
    [InlineData(EventKind.Scroll)]
    [InlineData(EventKind.Selection)]
    [InlineData(EventKind.Change)]
    [InlineData(EventKind.Dialog)]
    public void Detect_ReactionWithinWindow_NotDead(EventKind reaction) =>
        Assert.Empty(DeadClicks.Detect([Ev.Click(0), Ev.Of(reaction, 500), Ev.Move(3000)]));

    [Fact]
    public void Detect_NavigatingLink_NotDead() =>
        Assert.Empty(DeadClicks.Detect([Ev.Click(0), Ev.Nav(200, Ev.Shoes), Ev.Move(3000, Ev.Shoes)]));

    [Fact]
    public void Detect_FocusTheMousedownGaveTheClickedField_NotDead() =>
        Assert.Empty(DeadClicks.Detect([Ev.Focus(-5, "#buy"), Ev.Click(0), Ev.Move(3000)]));

    [Fact]
    public void Detect_ScriptFocusesTheClickedFieldAfterTheClick_NotDead() =>
        Assert.Empty(DeadClicks.Detect([Ev.Click(0), Ev.Focus(3, "#buy"), Ev.Move(3000)]));

    [Fact]
    public void Detect_TypingIntoTheClickedFieldLaterThanTheWindow_NotDead() =>
        Assert.Empty(DeadClicks.Detect([Ev.Click(0), Ev.Move(2000), Ev.Of(EventKind.Input, 4000) with { Selector = "#buy" }, Ev.Move(6000)]));

    [Fact]
    public void Detect_TypingIntoTheClickedFieldDescribedAnotherWay_NotDeadBySameBox() =>
        Assert.Empty(DeadClicks.Detect([Field(Ev.Click(0, selector: "role=combobox[name=\"URL\"]"), 416), Ev.Move(2000),
            Field(Ev.Of(EventKind.Input, 4000) with { Selector = "div > div.tox-control-wrap > input.tox-textfield" }, 416), Ev.Move(6000)]));

    [Fact]
    public void Detect_TypingIntoAnotherFieldLater_StillDead() =>
        Assert.Single(DeadClicks.Detect([Field(Ev.Click(0, selector: "#url"), 416), Ev.Move(2000),
            Field(Ev.Of(EventKind.Input, 4000) with { Selector = "#text" }, 474), Ev.Move(6000)]));

    private static RecordedEvent Field(RecordedEvent e, double top) => e with { BoxX = 416, BoxY = top, BoxWidth = 448, BoxHeight = 36 };

    [Fact]
    public void Detect_TypingOnlyAfterAnotherClick_StillDead() =>
        Assert.Single(DeadClicks.Detect([Ev.Click(0), Ev.Move(2000), Ev.Click(3000, selector: "#other"), Ev.Of(EventKind.Mutation, 3100), Ev.Of(EventKind.Input, 4000) with { Selector = "#buy" }, Ev.Move(6000)]), s => s.TimeMs == 0);

    [Fact]
    public void Detect_FocusMovesToAnotherElement_NotDead() =>
        Assert.Empty(DeadClicks.Detect([Ev.Click(0), Ev.Focus(300, "#email"), Ev.Move(3000)]));

    [Fact]
    public void Detect_OnlyMouseMovesAndErrors_Dead() =>
        Assert.Single(DeadClicks.Detect([Ev.Click(0), Ev.Move(500), Ev.Of(EventKind.ConsoleError, 600), Ev.Move(3000)]));

    [Fact]
    public void Detect_RecordingEndsInsideWindow_NotJudged() =>
        Assert.Empty(DeadClicks.Detect([Ev.Click(0), Ev.Move(1000)]));

    [Fact]
    public void Detect_RageBurstOnDeadButton_EveryClickDead()
    {
        var events = new[] { Ev.Click(0), Ev.Click(300), Ev.Click(600), Ev.Move(5000) };

        Assert.Equal(3, DeadClicks.Detect(events).Count);
        Assert.Single(RageClicks.Detect(events));
    }
}
