using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Time.Testing;
using UsabilityLab.Core.Events;
using UsabilityLab.Storage.Ingest;

namespace UsabilityLab.Storage.Tests.Ingest;

public sealed class EventSinkTests
{
    /// <summary>Real time, for a hang only: the fake clock decides when a batch is written.</summary>
    private static readonly TimeSpan Guard = TimeSpan.FromSeconds(30);

    private static async Task<(LabDatabase Database, long SessionId)> SessionAsync(TestStore temp)
    {
        var database = await temp.OpenAsync();
        var runId = await TestRuns.CreateAsync(database);
        return (database, await TestRuns.StartSessionAsync(database, runId));
    }

    [Theory]
    [MemberData(nameof(TestStore.Kinds), MemberType = typeof(TestStore))]
    public async Task Post_ThenFlush_EveryFieldRoundTrips(StoreKind kind)
    {
        await using var temp = await TestStore.CreateAsync(kind);
        var (database, sessionId) = await SessionAsync(temp);
        var original = new RecordedEvent
        {
            SessionId = sessionId, Kind = EventKind.Click, TimeMs = 1234.5, Url = "http://shop.test/p", X = 10.5, Y = 2000, ViewportX = 10.5, ViewportY = 200,
            ScrollX = 0, ScrollY = 1800, Selector = "#photo", Tag = "div", Text = "Photo <b>", Interactive = false, Button = 0,
            BoxX = 1, BoxY = 1900, BoxWidth = 300, BoxHeight = 200, Value = 3, Detail = "d", ViewportWidth = 1280,
        };

        await using (var sink = await EventSink.StartAsync(database))
        {
            sink.Post(original);
            await sink.FlushAsync();
            Assert.Equal(1, sink.Written);
        }

        await using var db = database.CreateContext();
        var stored = RunReader.ToEvent(await db.Events.SingleAsync());
        Assert.Equal(original with { Id = stored.Id }, stored);
    }

    [Theory]
    [MemberData(nameof(TestStore.Kinds), MemberType = typeof(TestStore))]
    public async Task Dispose_WritesWhatIsQueued(StoreKind kind)
    {
        await using var temp = await TestStore.CreateAsync(kind);
        var (database, sessionId) = await SessionAsync(temp);

        await using (var sink = await EventSink.StartAsync(database))
        {
            for (var i = 0; i < 5_000; i++)
            {
                sink.Post(new RecordedEvent { SessionId = sessionId, Kind = EventKind.MouseMove, TimeMs = i, X = i, Y = i });
            }
        }

        await using var db = database.CreateContext();
        Assert.Equal(5_000, await db.Events.CountAsync());
    }

    [Theory]
    [MemberData(nameof(TestStore.Kinds), MemberType = typeof(TestStore))]
    public async Task Post_WithoutFlush_IsWrittenOnceTheFlushIntervalHasPassedOnItsClock(StoreKind kind)
    {
        await using var temp = await TestStore.CreateAsync(kind);
        var (database, sessionId) = await SessionAsync(temp);
        var time = new TimerWatchingTime();
        await using var sink = await EventSink.StartAsync(database, time);

        sink.Post(new RecordedEvent { SessionId = sessionId, Kind = EventKind.Click, TimeMs = 1 });
        // The writer took the event and now waits, on the fake clock, for more to join it.
        await time.TimerCreated.WaitAsync(Guard);
        time.Advance(EventSink.FlushInterval - TimeSpan.FromMilliseconds(1));
        Assert.Equal(0, sink.Written);
        time.Advance(TimeSpan.FromMilliseconds(1));

        // The write itself is real I/O on the writer's own thread: polled for (bounded by the guard), not slept for.
        using var guard = new CancellationTokenSource(Guard);
        while (sink.Written == 0)
        {
            await Task.Delay(10, guard.Token);
        }

        // A killed process loses at most one flush interval: the row is there for a second connection.
        await using var db = database.CreateContext();
        Assert.Equal(1, await db.Events.LongCountAsync());
    }

    /// <summary>A fake clock that says when the code under test first sets a timer on it.</summary>
    private sealed class TimerWatchingTime : FakeTimeProvider
    {
        private readonly TaskCompletionSource _timerCreated = new(TaskCreationOptions.RunContinuationsAsynchronously);

        public Task TimerCreated => _timerCreated.Task;

        public override ITimer CreateTimer(TimerCallback callback, object? state, TimeSpan dueTime, TimeSpan period)
        {
            var timer = base.CreateTimer(callback, state, dueTime, period);
            _timerCreated.TrySetResult();
            return timer;
        }
    }
}
