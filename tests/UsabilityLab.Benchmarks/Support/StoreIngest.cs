using System.Diagnostics;
using UsabilityLab.Core.Events;
using UsabilityLab.Storage;
using UsabilityLab.Storage.Ingest;

namespace UsabilityLab.Benchmarks.Support;

/// <summary>The lab's event ingest as a run uses it (EventSink → the store's bulk writer), timed.</summary>
internal static class StoreIngest
{
    /// <summary>Events per second of one <paramref name="write"/> of <paramref name="count"/> events, into a fresh database that is deleted afterwards.</summary>
    public static async Task<double> RateAsync(TempFolder temp, StoreKind store, int count, Func<ScratchDatabase, Task<TimeSpan>> write)
    {
        var scratch = await ScratchDatabase.CreateAsync(temp, "ingest", store);
        try
        {
            return count / (await write(scratch)).TotalSeconds;
        }
        finally
        {
            await scratch.DeleteAsync();
        }
    }

    /// <summary>Time from the first Post to the end of the sink's flushing dispose, when every event is durable.</summary>
    public static async Task<TimeSpan> TimeAsync(ScratchDatabase scratch, IEnumerable<RecordedEvent> events, CancellationToken ct)
    {
        var rows = events.Select(e => e with { SessionId = scratch.SessionId }).ToList();
        var sink = await EventSink.StartAsync(scratch.Database, cancellationToken: ct);
        var clock = Stopwatch.StartNew();
        foreach (var e in rows)
        {
            sink.Post(e);
        }

        await sink.DisposeAsync(); // flushes: every event is durable when it returns
        return clock.Elapsed;
    }
}
