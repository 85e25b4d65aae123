using UsabilityLab.Core.Events;
using UsabilityLab.Recording.Moderation;

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
}
