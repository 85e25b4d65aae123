using UsabilityLab.Core.Events;
using UsabilityLab.Recording.Moderation;
using UsabilityLab.Recording.Moderation.Frames;

namespace UsabilityLab.Recording.Tests.Moderation;

public sealed class FeedTextTests
{
    [Fact]
    public void For_ClickOnALink_NamesItsTextAndTagWithTheSelectorAsDetail()
    {
        var item = FeedText.For(new RecordedEvent { Kind = EventKind.Click, Text = "Help", Tag = "a", Selector = "role=link[name=\"Help\"]", Interactive = true, TimeMs = 1_500 })!;

        Assert.Equal(("click", "click \"Help\" (a)", "role=link[name=\"Help\"]", 1_500.0), (item.Kind, item.Text, item.Detail, item.TimeMs));
    }

    [Theory]
    [InlineData(EventKind.MouseMove)]
    [InlineData(EventKind.Scroll)]
    [InlineData(EventKind.Mutation)]
    [InlineData(EventKind.PageTiming)]
    public void For_NoisyKinds_StayOutOfTheFeed(EventKind kind) =>
        Assert.Null(FeedText.For(new RecordedEvent { Kind = kind }));

    [Fact]
    public void JpegSize_ScreencastFrameHeader_ReadsWidthAndHeight()
    {
        // SOI, APP0 (length 16), SOF0 with height 800 (0x0320) and width 1280 (0x0500).
        byte[] jpeg = [0xFF, 0xD8, 0xFF, 0xE0, 0x00, 0x10, .. new byte[14], 0xFF, 0xC0, 0x00, 0x11, 0x08, 0x03, 0x20, 0x05, 0x00, 0x03, 0, 0, 0, 0, 0, 0];

        Assert.Equal((1280, 800), Jpeg.Size(jpeg));
    }
}
