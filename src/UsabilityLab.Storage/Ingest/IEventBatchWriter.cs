using UsabilityLab.Core.Events;

namespace UsabilityLab.Storage.Ingest;

/// <summary>One store's way of writing a batch of events, on a connection of its own that it closes when disposed.</summary>
internal interface IEventBatchWriter : IAsyncDisposable
{
    /// <summary>Writes the batch whole or not at all (one transaction, or one COPY).</summary>
    void Write(IReadOnlyList<RecordedEvent> events);
}
