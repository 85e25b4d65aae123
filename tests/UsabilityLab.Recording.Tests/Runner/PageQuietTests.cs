using Microsoft.Playwright;
using UsabilityLab.Recording.Runner;
using UsabilityLab.Recording.Tests.Support;

namespace UsabilityLab.Recording.Tests.Runner;

/// <summary>
/// The last check's wait for a page to settle, decided on a fake clock: the page's DOM is still at once (its own quiet
/// window runs in the page), so the network's requests and the clock alone say when the page counts as settled.
/// </summary>
public sealed class PageQuietTests
{
    private static readonly TimeSpan Guard = TimeSpan.FromSeconds(30); // real time, for a hang only: the fake clock decides
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(15);

    [Fact]
    public async Task Settle_NoRequests_SettlesOnceTheQuietWindowHasPassedOnTheClock()
    {
        var time = new InlineClock();
        using var quiet = new PageQuiet(StillPage().Page, time);

        var settling = time.Begin(() => quiet.SettleAsync(Timeout));
        time.Step(PageQuiet.QuietMs - 1);
        Assert.False(settling.IsCompleted);
        time.Step(1);

        Assert.True(await settling.WaitAsync(Guard));
    }

    [Fact]
    public async Task Settle_RequestInFlight_KeepsThePageBusyUntilAQuietWindowAfterItEnds()
    {
        var time = new InlineClock();
        var (page, fake) = StillPage();
        using var quiet = new PageQuiet(page, time);
        var search = FakePage.NewRequest();
        fake.Raise("Request", search);

        var settling = time.Begin(() => quiet.SettleAsync(Timeout));
        time.Step(2_000);
        Assert.False(settling.IsCompleted); // the search is still on its way
        fake.Raise("RequestFinished", search);
        time.Step(PageQuiet.QuietMs - 1);
        Assert.False(settling.IsCompleted); // its answer is being rendered
        time.Step(1);

        Assert.True(await settling.WaitAsync(Guard));
    }

    [Fact]
    public async Task Settle_RequestOpenAsLongAsALongPoll_NoLongerKeepsThePageBusy()
    {
        var time = new InlineClock();
        var (page, fake) = StillPage();
        using var quiet = new PageQuiet(page, time);
        fake.Raise("Request", FakePage.NewRequest()); // never ends: a long poll, or a stream

        var settling = time.Begin(() => quiet.SettleAsync(Timeout));
        time.Step(PageQuiet.LongLivedMs - 1);
        Assert.False(settling.IsCompleted);
        time.Step(1);

        Assert.True(await settling.WaitAsync(Guard));
    }

    [Fact]
    public async Task Settle_TickerUntilPastTheTimeout_FalseAtItsNextLook()
    {
        var time = new InlineClock();
        var (page, fake) = StillPage();
        using var quiet = new PageQuiet(page, time);

        var settling = time.Begin(() => quiet.SettleAsync(TimeSpan.FromMilliseconds(1_000)));
        for (var t = 0; t < 900; t += 100)
        {
            var tick = FakePage.NewRequest(); // a ticker: a request every 100 ms, answered at once
            fake.Raise("Request", tick);
            fake.Raise("RequestFinished", tick);
            time.Step(100);
        }

        Assert.False(settling.IsCompleted);
        // The timeout is looked at between windows: the wait ends at the first look after it, within one quiet window.
        time.Step(PageQuiet.QuietMs);

        Assert.False(await settling.WaitAsync(Guard));
    }

    /// <summary>A page whose DOM is still: the in-page quiet window answers true at once.</summary>
    private static (IPage Page, FakePage Fake) StillPage() =>
        FakePage.Create(type => type == typeof(Task<bool>) ? Task.FromResult(true) : throw new NotSupportedException(type.Name));
}
