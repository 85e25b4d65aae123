using Microsoft.EntityFrameworkCore;
using Npgsql;
using UsabilityLab.Core.Events;
using UsabilityLab.Core.Sessions;
using UsabilityLab.Storage.Ingest;
using UsabilityLab.Storage.Reading;

namespace UsabilityLab.Storage.Providers;

/// <summary>
/// The team store: a PostgreSQL database, events written by binary COPY (<see cref="EventCopy"/>) and read back by
/// ordinal (<see cref="PostgresEventReader"/>), the rest through EF Core like SQLite.
/// </summary>
internal sealed class PostgresStore(string connectionString) : StoreProvider
{
    private readonly DbContextOptions<PostgresLabDbContext> _options = Options(connectionString);

    public override StoreKind Kind => StoreKind.PostgreSql;

    public override LabDbContext CreateContext() => new PostgresLabDbContext(_options);

    internal static DbContextOptions<PostgresLabDbContext> Options(string connectionString) =>
        new DbContextOptionsBuilder<PostgresLabDbContext>()
            .UseNpgsql(connectionString)
            .Options;

    /// <summary>An open connection of its own (pooled by Npgsql under the connection string).</summary>
    public async Task<NpgsqlConnection> OpenConnectionAsync(CancellationToken ct)
    {
        var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync(ct);
        return connection;
    }

    public override async Task<IEventBatchWriter> OpenEventWriterAsync(CancellationToken ct) =>
        new BatchWriter(await OpenConnectionAsync(ct));

    public override async Task<IReadOnlyList<RecordedEvent>> ReadRunEventsAsync(long runId, CancellationToken ct)
    {
        await using var connection = await OpenConnectionAsync(ct);
        return await PostgresEventReader.ReadRunAsync(connection, runId, ct);
    }

    /// <summary>
    /// Nothing to do, and nothing that could be done: PostgreSQL has no secure_delete. A cleared archive's old row
    /// version stays in the table's pages until VACUUM reuses the space (which frees it, never overwrites it), and in the
    /// write-ahead log until its segments are recycled. What the lab must never keep, it never writes: typed values are
    /// masked and passwords dropped in the page before an event or archive leaves it (docs/storage.md).
    /// </summary>
    public override Task EraseDroppedAsync(CancellationToken ct) => Task.CompletedTask;

    /// <summary>Two set-based statements over the labels as one array parameter, numbered in their order.</summary>
    public override async Task AddImportedParticipantsAsync(LabDbContext db, long runId, IReadOnlyList<string> labels, DateTimeOffset now, CancellationToken ct)
    {
        var array = labels.ToArray();
        await db.Database.ExecuteSqlAsync($"""
            INSERT INTO "Participants" ("RunId", "Label", "Persona", "Seed")
            SELECT {runId}, l.label, 'imported', 0 FROM unnest({array}) WITH ORDINALITY AS l(label, n) ORDER BY l.n;
            """, ct);
        await db.Database.ExecuteSqlAsync($"""
            INSERT INTO "Sessions" ("RunId", "ParticipantId", "Status", "StartedAt", "EndedAt", "ViewportWidth", "ViewportHeight", "EndReason")
            SELECT {runId}, p."Id", {nameof(SessionStatus.Completed)}, {now}, {now}, 0, 0, 'imported'
            FROM "Participants" p WHERE p."RunId" = {runId} AND p."Label" = ANY({array}) ORDER BY p."Id";
            """, ct);
    }

    public override Task WriteImportedRowsAsync(
        LabDbContext db,
        long runId,
        IReadOnlyList<AttemptRecord> attempts,
        IReadOnlyList<QuestionnaireAnswer> answers,
        Func<string, long> sessionOf,
        Func<string, long> participantOf,
        CancellationToken ct)
    {
        // COPY runs inside the transaction the import opened on this connection: a failure still leaves nothing behind.
        var connection = (NpgsqlConnection)db.Database.GetDbConnection();
        ImportedRowCopy.WriteAttempts(connection, attempts, sessionOf);
        ImportedRowCopy.WriteAnswers(connection, runId, answers, participantOf);
        return Task.CompletedTask;
    }

    /// <summary>Binary COPY on the sink's own connection.</summary>
    private sealed class BatchWriter(NpgsqlConnection connection) : IEventBatchWriter
    {
        public void Write(IReadOnlyList<RecordedEvent> events) => EventCopy.Write(connection, events);

        public ValueTask DisposeAsync() => connection.DisposeAsync();
    }
}
