using UsabilityLab.Core.Studies;
using UsabilityLab.Recording.Moderation.Remote;

namespace UsabilityLab.Server.Tests.Remote;

public sealed class ParticipantInputReaderTests
{
    private static readonly ViewportSize Viewport = new(1280, 800);

    [Fact]
    public void Read_ClickInsideViewport_MouseInput()
    {
        var input = ParticipantInputReader.Read("""{"t":"mouse","type":"mousePressed","x":1279.5,"y":0,"button":"left","buttons":1,"clickCount":2,"modifiers":8}""", Viewport, out var refusal);
        Assert.Null(refusal);
        Assert.Equal((InputKind.Mouse, "mousePressed", 1279.5, 0d, "left", 2, 8), (input!.Kind, input.Type, input.X, input.Y, input.Button, input.ClickCount, input.Modifiers));
    }

    [Theory]
    [InlineData("""{"t":"mouse","type":"mouseMoved","x":10}""", "outside")]
    [InlineData("""{"t":"mouse","type":"mouseMoved","x":10,"y":800}""", "outside")]
    [InlineData("""{"t":"mouse","type":"mousePressed","x":10,"y":10,"button":"back"}""", "mouse button 'back'")]
    [InlineData("""{"t":"mouse","type":"mousePressed","x":10,"y":10,"clickCount":4}""", "clickCount 4")]
    [InlineData("""{"t":"wheel","x":10,"y":10,"dy":100000}""", "wheel delta")]
    [InlineData("""{"t":"key","type":"keyDown","key":"Unidentified"}""", "not on the list")]
    [InlineData("""{"t":"key","type":"char","key":"a"}""", "key type 'char'")]
    [InlineData("""{"t":"text","text":""}""", "without text")]
    [InlineData("""{"t":"text","text":"a\u0007b"}""", "control characters")]
    [InlineData("""{"t":"touch","type":"touchStart","points":[]}""", "without touch points")]
    [InlineData("""{"t":"mouse","type":"mouseMoved","x":"ten","y":1}""", "wrong type")]
    [InlineData("""[1,2]""", "JSON object")]
    public void Read_InvalidInput_RefusedWithReason(string json, string reason)
    {
        Assert.Null(ParticipantInputReader.Read(json, Viewport, out var refusal));
        Assert.Contains(reason, refusal, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_PasteAtCapAndOver_AcceptedThenRefused()
    {
        var atCap = new string('p', ParticipantInputReader.MaxPasteLength);
        Assert.Equal(InputKind.Paste, ParticipantInputReader.Read($$"""{"t":"paste","text":"{{atCap}}"}""", Viewport, out _)!.Kind);
        Assert.Null(ParticipantInputReader.Read($$"""{"t":"paste","text":"{{atCap}}p"}""", Viewport, out var refusal));
        Assert.Contains("over the 4000 limit", refusal, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_TouchAndImeText_Accepted()
    {
        var touch = ParticipantInputReader.Read("""{"t":"touch","type":"touchMove","points":[{"x":1,"y":2,"id":0},{"x":3,"y":4,"id":1}]}""", Viewport, out _)!;
        Assert.Equal([new TouchPoint(1, 2, 0), new TouchPoint(3, 4, 1)], touch.Points);
        Assert.Equal("日本語", ParticipantInputReader.Read("""{"t":"text","text":"日本語"}""", Viewport, out _)!.Text);
        Assert.NotNull(ParticipantInputReader.Read("""{"t":"touch","type":"touchEnd","points":[]}""", Viewport, out _));
    }
}
