using UsabilityLab.Core.Events;
using UsabilityLab.Storage.Ingest;
using UsabilityLab.Storage.Reading;

namespace UsabilityLab.Storage.Tests.Reading;

public sealed class EventReaderTests
{
    private const string LongText = "a long dialog text that no pool keeps ";

    [Fact]
    public async Task ReadRun_EveryKindWithNullAndSetFields_MatchesTheEfCorePath()
    {
        await using var temp = new TempDatabase();
        var database = await temp.OpenAsync();
        var runId = await TestRuns.CreateAsync(database);
        var first = await TestRuns.StartSessionAsync(database, runId, "P01");
        var second = await TestRuns.StartSessionAsync(database, runId, "P02");
        var otherRun = await TestRuns.CreateAsync(database, "other");
        var foreign = await TestRuns.StartSessionAsync(database, otherRun, "P01");
        // Sessions interleaved and times out of order, so the order comes from the query and not from insertion.
        List<RecordedEvent> written = [.. EveryKind(second, 1), .. EveryKind(first, 2), .. EveryKind(foreign, 3)];
        await using (var connection = await database.OpenConnectionAsync())
        {
            EventWriter.Write(connection, written);
        }

        Assert.True(EventReader.IsSupported, "the lab ships with the bundled e_sqlite3 the native reader calls");
        List<RecordedEvent> fast;
        await using (var connection = await database.OpenConnectionAsync())
        {
            fast = EventReader.ReadRun(connection, runId, CancellationToken.None);
        }

        var viaEf = await RunReader.LoadEventsWithEfCoreAsync(database, runId);
        Assert.Equal(2 * 2 * Enum.GetValues<EventKind>().Length, viaEf.Count);
        Assert.Equal(viaEf, fast);
        Assert.Equal(viaEf, (await new RunReader(database).LoadAsync(runId)).Events);
        var expected = written.Where(e => e.SessionId != foreign).OrderBy(e => e.SessionId).ThenBy(e => e.TimeMs); // stable: insertion order breaks ties, as ids do
        Assert.Equal(expected, fast.Select(e => e with { Id = 0 }));
    }

    [Fact]
    public async Task ReadRun_RunWithoutEvents_ReturnsEmpty()
    {
        await using var temp = new TempDatabase();
        var database = await temp.OpenAsync();
        var runId = await TestRuns.CreateAsync(database);
        await TestRuns.StartSessionAsync(database, runId);
        await using var connection = await database.OpenConnectionAsync();

        Assert.Empty(EventReader.ReadRun(connection, runId, CancellationToken.None));
    }

    /// <summary>
    /// Two events of every kind: one with every optional field null, one with every field set (non-ASCII, empty and
    /// long strings, a false flag, zeroes), several at the same millisecond so the id decides their order.
    /// </summary>
    private static IEnumerable<RecordedEvent> EveryKind(long sessionId, long seed)
    {
        var kinds = Enum.GetValues<EventKind>();
        for (var i = kinds.Length - 1; i >= 0; i--)
        {
            var time = (i / 3) * 100.0;
            yield return new RecordedEvent { SessionId = sessionId, Kind = kinds[i], TimeMs = time };
            yield return new RecordedEvent
            {
                SessionId = sessionId, AttemptId = seed, Kind = kinds[i], TimeMs = time + 0.25, Url = $"http://shop.test/p{i % 4}?q=ü#top",
                X = i, Y = -i, ViewportX = 0, ViewportY = 800.5, ScrollX = 0, ScrollY = i * 10.125, Selector = i % 2 == 0 ? "#größe" : "",
                Tag = "button", Text = i % 3 == 0 ? "Größe wählen ✓ 日本" : "", Interactive = i % 2 == 0, Button = i % 3,
                BoxX = 1.5, BoxY = 2, BoxWidth = 300, BoxHeight = 0, Value = -1e-9 * i, Detail = i % 5 == 0 ? string.Concat(Enumerable.Repeat(LongText, 20)) : "load",
                ViewportWidth = 1280 + i,
            };
        }
    }
}
