using UsabilityLab.Core.Events;
using UsabilityLab.Core.Sessions;
using UsabilityLab.Storage.Ingest;

namespace UsabilityLab.Storage.Providers;

/// <summary>
/// What differs between the two stores, chosen once when the database is opened (<see cref="LabDatabase"/>): the EF
/// Core provider with its own migrations, the bulk paths that bypass EF Core (event ingest, event reading, imported
/// rows), and what erasing dropped rows takes. Everything else (the run's metadata, runs, moderation) is the same EF Core
/// code on both.
/// </summary>
internal abstract class StoreProvider
{
    /// <summary>Which database this is.</summary>
    public abstract StoreKind Kind { get; }

    /// <summary>A new context on this database, of the context type whose migrations fit its provider.</summary>
    public abstract LabDbContext CreateContext();

    /// <summary>A dedicated writer for one <see cref="EventSink"/>: batches go in as they come, in order.</summary>
    public abstract Task<IEventBatchWriter> OpenEventWriterAsync(CancellationToken ct);

    /// <summary>Every event of run <paramref name="runId"/>, ordered by session, time and id (analysis relies on that order).</summary>
    public abstract Task<IReadOnlyList<RecordedEvent>> ReadRunEventsAsync(long runId, CancellationToken ct);

    /// <summary>After rows were deleted or cleared for privacy: make what they held unreadable where the store can.</summary>
    public abstract Task EraseDroppedAsync(CancellationToken ct);

    /// <summary>Imported participants, each with one completed session, set-based, on <paramref name="db"/>'s connection and transaction.</summary>
    public abstract Task AddImportedParticipantsAsync(LabDbContext db, long runId, IReadOnlyList<string> labels, DateTimeOffset now, CancellationToken ct);

    /// <summary>Imported attempts and answers in bulk, on <paramref name="db"/>'s connection and transaction.</summary>
    public abstract Task WriteImportedRowsAsync(
        LabDbContext db,
        long runId,
        IReadOnlyList<AttemptRecord> attempts,
        IReadOnlyList<QuestionnaireAnswer> answers,
        Func<string, long> sessionOf,
        Func<string, long> participantOf,
        CancellationToken ct);
}
