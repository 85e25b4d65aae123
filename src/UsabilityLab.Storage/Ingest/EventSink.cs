using System.Threading.Channels;
using UsabilityLab.Core.Events;

namespace UsabilityLab.Storage.Ingest;

/// <summary>
/// Background event writer: producers <see cref="Post"/> without waiting; a single consumer writes batches
/// at least every <see cref="FlushInterval"/>, so a killed process loses at most that much. Dispose flushes.
/// </summary>
public sealed class EventSink : IAsyncDisposable
{
    /// <summary>Longest time an event waits in memory before it is written.</summary>
    public static readonly TimeSpan FlushInterval = TimeSpan.FromMilliseconds(500);

    private const int MaxBatch = 2_000;
    private readonly Channel<RecordedEvent> _channel = Channel.CreateUnbounded<RecordedEvent>(new UnboundedChannelOptions { SingleReader = true });
    private readonly IEventBatchWriter _writer;
    private readonly TimeProvider _time;
    private readonly Task _consumer;
    private long _written;

    private EventSink(IEventBatchWriter writer, TimeProvider time)
    {
        _writer = writer;
        _time = time;
        _consumer = Task.Run(ConsumeAsync);
    }

    /// <summary>Events written to the database so far.</summary>
    public long Written => Interlocked.Read(ref _written);

    /// <summary>Opens a dedicated connection (the store's bulk path: prepared inserts on SQLite, COPY on PostgreSQL) and starts the writer.</summary>
    /// <param name="database">The database the events go to.</param>
    /// <param name="time">The clock <see cref="FlushInterval"/> is measured on; <see cref="TimeProvider.System"/> when null.</param>
    /// <param name="cancellationToken">Stops opening the connection.</param>
    public static async Task<EventSink> StartAsync(LabDatabase database, TimeProvider? time = null, CancellationToken cancellationToken = default) =>
        new(await database.Provider.OpenEventWriterAsync(cancellationToken), time ?? TimeProvider.System);

    /// <summary>Queues an event; never blocks.</summary>
    public void Post(RecordedEvent recordedEvent)
    {
        if (!_channel.Writer.TryWrite(recordedEvent))
        {
            throw new InvalidOperationException("The event sink is closed; events posted after disposal would be lost.");
        }
    }

    /// <summary>Waits until everything posted before this call is written.</summary>
    public async Task FlushAsync()
    {
        var barrier = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        _flushRequests.Enqueue(barrier);
        _channel.Writer.TryWrite(FlushMarker);
        await barrier.Task;
    }

    private static readonly RecordedEvent FlushMarker = new() { Kind = EventKind.Visibility, Detail = "__flush__" };
    private readonly System.Collections.Concurrent.ConcurrentQueue<TaskCompletionSource> _flushRequests = new();

    private async Task ConsumeAsync()
    {
        var batch = new List<RecordedEvent>(MaxBatch);
        var reader = _channel.Reader;
        while (await reader.WaitToReadAsync())
        {
            var started = _time.GetTimestamp();
            var flushRequested = false;
            while (batch.Count < MaxBatch)
            {
                if (reader.TryRead(out var item))
                {
                    if (ReferenceEquals(item, FlushMarker))
                    {
                        flushRequested = true;
                        break;
                    }

                    batch.Add(item);
                    continue;
                }

                var remaining = FlushInterval - _time.GetElapsedTime(started);
                if (remaining <= TimeSpan.Zero || reader.Completion.IsCompleted)
                {
                    break;
                }

                using var timeout = new CancellationTokenSource(remaining, _time);
                try
                {
                    if (!await reader.WaitToReadAsync(timeout.Token))
                    {
                        break;
                    }
                }
                catch (OperationCanceledException)
                {
                    break;
                }
            }

            WriteBatch(batch);
            if (flushRequested)
            {
                while (_flushRequests.TryDequeue(out var request))
                {
                    request.TrySetResult();
                }
            }
        }

        WriteBatch(batch);
        while (_flushRequests.TryDequeue(out var request))
        {
            request.TrySetResult();
        }
    }

    private void WriteBatch(List<RecordedEvent> batch)
    {
        if (batch.Count == 0)
        {
            return;
        }

        _writer.Write(batch);
        Interlocked.Add(ref _written, batch.Count);
        batch.Clear();
    }

    /// <summary>Writes what is queued and closes the connection.</summary>
    public async ValueTask DisposeAsync()
    {
        _channel.Writer.TryComplete();
        await _consumer;
        await _writer.DisposeAsync();
    }
}
