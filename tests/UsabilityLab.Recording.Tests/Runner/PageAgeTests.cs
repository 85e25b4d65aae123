using Microsoft.Extensions.Time.Testing;
using UsabilityLab.Recording.Runner;
using UsabilityLab.Recording.Tests.Support;

namespace UsabilityLab.Recording.Tests.Runner;

/// <summary>A page's time since its last navigation, which its backdrop's wait for the load counts from, on a fake clock.</summary>
public sealed class PageAgeTests
{
    [Fact]
    public void SinceNavigation_OnAFakeClock_CountsFromTheMainFramesLastNavigationOnly()
    {
        var time = new FakeTimeProvider();
        var (page, fake) = FakePage.Create();

        PageAge.Watch(page, time);
        time.Advance(TimeSpan.FromSeconds(3));
        Assert.Equal(3_000, PageAge.SinceNavigationMs(page));

        fake.Raise("FrameNavigated", fake.MainFrame);
        time.Advance(TimeSpan.FromMilliseconds(250));
        fake.Raise("FrameNavigated", FakePage.NewFrame()); // an iframe's navigation leaves the page as it was
        time.Advance(TimeSpan.FromMilliseconds(50));

        Assert.Equal(300, PageAge.SinceNavigationMs(page));
    }

    [Fact]
    public void Watch_SecondTimeOnAnotherClock_KeepsTheFirst()
    {
        var (first, second) = (new FakeTimeProvider(), new FakeTimeProvider());
        var (page, _) = FakePage.Create();

        PageAge.Watch(page, first);
        PageAge.Watch(page, second);
        first.Advance(TimeSpan.FromSeconds(1));

        Assert.Equal(1_000, PageAge.SinceNavigationMs(page));
        Assert.Null(PageAge.SinceNavigationMs(FakePage.Create().Page)); // not watched
    }
}
