using Microsoft.EntityFrameworkCore;
using UsabilityLab.Core.Events;
using UsabilityLab.Storage.Ingest;

namespace UsabilityLab.Storage.Tests.Ingest;

public sealed class EventSinkTests
{
    private static async Task<(LabDatabase Database, long SessionId)> SessionAsync(TempDatabase temp)
    {
        var database = await temp.OpenAsync();
        var runId = await TestRuns.CreateAsync(database);
        return (database, await TestRuns.StartSessionAsync(database, runId));
    }

    [Fact]
    public async Task Post_ThenFlush_EveryFieldRoundTrips()
    {
        await using var temp = new TempDatabase();
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

    [Fact]
    public async Task Dispose_WritesWhatIsQueued()
    {
        await using var temp = new TempDatabase();
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

    [Fact]
    public async Task Post_WithoutFlush_IsDurableWithinTheFlushInterval()
    {
        await using var temp = new TempDatabase();
        var (database, sessionId) = await SessionAsync(temp);
        await using var sink = await EventSink.StartAsync(database);

        sink.Post(new RecordedEvent { SessionId = sessionId, Kind = EventKind.Click, TimeMs = 1 });

        // A killed process loses at most one flush interval: poll a second connection until the row shows up.
        var deadline = DateTime.UtcNow + (EventSink.FlushInterval * 10);
        long count = 0;
        while (count == 0 && DateTime.UtcNow < deadline)
        {
            await Task.Delay(50);
            await using var db = database.CreateContext();
            count = await db.Events.LongCountAsync();
        }

        Assert.Equal(1, count);
    }
}
