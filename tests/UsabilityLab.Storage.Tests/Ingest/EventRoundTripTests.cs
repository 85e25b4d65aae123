using UsabilityLab.Core.Events;
using UsabilityLab.Storage.Ingest;

namespace UsabilityLab.Storage.Tests.Ingest;

/// <summary>
/// Events go in through each store's bulk path (prepared inserts on SQLite, binary COPY on PostgreSQL) and come back,
/// through the fast reader and through EF Core, exactly as they were: every field, nulls, unicode, large texts.
/// </summary>
public sealed class EventRoundTripTests
{
    private static readonly string Large = string.Concat(Enumerable.Repeat("<div class=\"row\">Ünïcödé 行 🙂 ‏עברית‎</div>", 20_000)); // ~1 MB

    [Theory]
    [MemberData(nameof(TestStore.Kinds), MemberType = typeof(TestStore))]
    public async Task EventSink_EveryKindOfValue_ReadBackIdenticallyByBothReaders(StoreKind kind)
    {
        await using var temp = await TestStore.CreateAsync(kind);
        var database = await temp.OpenAsync();
        var runId = await TestRuns.CreateAsync(database);
        var first = await TestRuns.StartSessionAsync(database, runId, "P01");
        var second = await TestRuns.StartSessionAsync(database, runId, "P02");
        var events = Events(first, second);

        await using (var sink = await EventSink.StartAsync(database))
        {
            foreach (var e in events)
            {
                sink.Post(e);
            }
        }

        var expected = events.OrderBy(e => e.SessionId).ThenBy(e => e.TimeMs).ToList();
        var fast = (await new RunReader(database).LoadAsync(runId)).Events;
        var efCore = await RunReader.LoadEventsWithEfCoreAsync(database, runId);
        Assert.Equal(expected.Count, fast.Count);
        Assert.Equal(expected, fast.Select(e => e with { Id = 0 }));
        Assert.Equal(fast, efCore);
        Assert.Equal(fast.Select(e => e.Id).Order(), fast.Select(e => e.Id).Distinct().Order()); // ids given by the store
    }

    [Fact]
    public async Task EventSink_TextWithNulCharacterOnPostgres_StoredWithTheReplacementCharacter()
    {
        // PostgreSQL's text cannot hold U+0000; a page's script can put one into an element's text.
        await using var temp = await TestStore.CreateAsync(StoreKind.PostgreSql);
        var database = await temp.OpenAsync();
        var runId = await TestRuns.CreateAsync(database);
        var session = await TestRuns.StartSessionAsync(database, runId);

        await using (var sink = await EventSink.StartAsync(database))
        {
            sink.Post(new RecordedEvent { SessionId = session, Kind = EventKind.Click, TimeMs = 1, Text = "a\0b", Selector = "\0" });
        }

        var stored = Assert.Single((await new RunReader(database).LoadAsync(runId)).Events);
        Assert.Equal(("a\uFFFDb", "\uFFFD"), (stored.Text, stored.Selector));
    }

    private static List<RecordedEvent> Events(long first, long second)
    {
        var kinds = Enum.GetValues<EventKind>();
        var events = new List<RecordedEvent>
        {
            // Every field set, with values at the edges of their types.
            new()
            {
                SessionId = first, AttemptId = long.MaxValue, Kind = EventKind.Click, TimeMs = 0.125, Url = "http://shop.test/p?q=***#/cart",
                X = -0.5, Y = double.MaxValue, ViewportX = double.Epsilon, ViewportY = -1e-300, ScrollX = 0, ScrollY = 1e300,
                Selector = "#photo > li:nth-child(2)", Tag = "div", Text = "Photo <b>\"quoted\" 'single'\\ ;,\t\r\n", Interactive = false,
                Button = int.MinValue, BoxX = 1, BoxY = 1900.75, BoxWidth = 300, BoxHeight = 200, Value = -3, Detail = "{\"json\":[1,2]}",
                ViewportWidth = int.MaxValue,
            },
            // Every nullable field null.
            new() { SessionId = first, Kind = EventKind.Scroll, TimeMs = 1 },
            // Empty strings stay empty, not null.
            new() { SessionId = first, Kind = EventKind.Input, TimeMs = 2, Url = "", Selector = "", Tag = "", Text = "", Detail = "", Interactive = true, Button = 0, ViewportWidth = 0 },
            // Unicode: accents, CJK, right-to-left, emoji (surrogate pairs), combining marks, zero-width joiner.
            new() { SessionId = second, Kind = EventKind.Navigation, TimeMs = 3, Url = "http://shop.test/ünïcödé/行李箱", Text = "Ça coûte 5 € — 送料無料 🙂👩‍👩‍👧 e\u0301 שלום", Tag = "h1" },
            // A large payload (a whole page's text in one event).
            new() { SessionId = second, Kind = EventKind.Mutation, TimeMs = 4, Text = Large, Detail = Large[..1000] },
        };
        // Every kind, so each one's stored name reads back.
        events.AddRange(kinds.Select((k, i) => new RecordedEvent { SessionId = second, Kind = k, TimeMs = 10 + i, AttemptId = i }));
        // Enough rows for several COPY batches and prepared blocks, in no particular time order.
        events.AddRange(Enumerable.Range(0, 5_000).Select(i => new RecordedEvent
        {
            SessionId = i % 2 == 0 ? first : second, Kind = EventKind.MouseMove, TimeMs = 100 + ((i * 7919) % 5_000) + (i / 5_000.0), X = i, Y = -i, AttemptId = i % 3 == 0 ? null : i,
        }));
        return events;
    }
}
