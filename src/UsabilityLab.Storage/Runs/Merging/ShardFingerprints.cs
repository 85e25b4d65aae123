using Microsoft.Data.Sqlite;
using UsabilityLab.Core.Runs;
using UsabilityLab.Storage.Entities;
using static UsabilityLab.Storage.Runs.Merging.MergeSql;

namespace UsabilityLab.Storage.Runs.Merging;

/// <summary>The <see cref="ShardFingerprint"/>s of the staged inputs' shards and of the output's run, on the merge's transaction.</summary>
internal sealed class ShardFingerprints(SqliteConnection connection, SqliteTransaction transaction, IReadOnlyList<MergeTableSql> tables)
{
    /// <summary>Each staged shard, by input and K.</summary>
    public async Task<Dictionary<(int Source, int Shard), ShardFingerprint>> OfStagedAsync(CancellationToken ct)
    {
        var participants = await StagedCountsAsync<ParticipantRow>(ct);
        var attempts = await StagedCountsAsync<TaskAttemptRow>(ct);
        var events = await StagedCountsAsync<EventRow>(ct);
        var rows = await ListAsync(
            connection,
            transaction,
            $"SELECT {Source}, {ShardRowColumns} FROM {Staged(TableOf<RunShardRow>())};",
            r => (Source: r.GetInt32(0), Row: Read(r, 1)),
            ct);
        return rows.ToDictionary(
            r => (r.Source, r.Row.Shard),
            r => r.Row with
            {
                Participants = participants.GetValueOrDefault((r.Source, r.Row.Shard)),
                Attempts = attempts.GetValueOrDefault((r.Source, r.Row.Shard)),
                Events = events.GetValueOrDefault((r.Source, r.Row.Shard)),
            });
    }

    /// <summary>Each shard of the output's run <paramref name="runId"/>, by K.</summary>
    public async Task<Dictionary<int, ShardFingerprint>> OfOutputAsync(long runId, CancellationToken ct)
    {
        var (participants, sessions) = (Quote(TableOf<ParticipantRow>()), Quote(TableOf<SessionRow>()));
        var shard = Quote(nameof(ParticipantRow.Shard));
        var ofSessions = $"JOIN main.{sessions} s ON s.{Quote(nameof(SessionRow.Id))} = x.{Quote(nameof(TaskAttemptRow.SessionId))} " +
                         $"JOIN main.{participants} p ON p.{Quote(nameof(ParticipantRow.Id))} = s.{Quote(nameof(SessionRow.ParticipantId))} WHERE s.{Quote(nameof(SessionRow.RunId))} = $run GROUP BY p.{shard}";
        var counts = new[]
        {
            $"SELECT {shard}, count(*) FROM main.{participants} WHERE {Quote(nameof(ParticipantRow.RunId))} = $run GROUP BY {shard};",
            $"SELECT p.{shard}, count(*) FROM main.{Quote(TableOf<TaskAttemptRow>())} x {ofSessions};",
            $"SELECT p.{shard}, count(*) FROM main.{Quote(TableOf<EventRow>())} x {ofSessions};",
        };
        var tallies = new List<Dictionary<int, long>>();
        foreach (var sql in counts)
        {
            tallies.Add((await ListAsync(connection, transaction, sql, r => (Shard: r.IsDBNull(0) ? 0 : r.GetInt32(0), Count: r.GetInt64(1)), ct, ("$run", runId))).ToDictionary(t => t.Shard, t => t.Count));
        }

        var rows = await ListAsync(
            connection,
            transaction,
            $"SELECT {ShardRowColumns} FROM main.{Quote(TableOf<RunShardRow>())} WHERE {Quote(nameof(RunShardRow.RunId))} = $run;",
            r => Read(r, 0),
            ct,
            ("$run", runId));
        return rows.ToDictionary(
            r => r.Shard,
            r => r with { Participants = tallies[0].GetValueOrDefault(r.Shard), Attempts = tallies[1].GetValueOrDefault(r.Shard), Events = tallies[2].GetValueOrDefault(r.Shard) });
    }

    private static string ShardRowColumns => string.Join(", ", new[] { nameof(RunShardRow.Shard), nameof(RunShardRow.Status), nameof(RunShardRow.EndReason), nameof(RunShardRow.StartedAt) }.Select(Quote));

    private static ShardFingerprint Read(SqliteDataReader r, int at) =>
        new(r.GetInt32(at), Enum.Parse<RunStatus>(r.GetString(at + 1)), r.IsDBNull(at + 2) ? null : r.GetString(at + 2), r.GetString(at + 3), 0, 0, 0);

    private async Task<Dictionary<(int Source, int Shard), long>> StagedCountsAsync<TRow>(CancellationToken ct) =>
        (await ListAsync(
            connection,
            transaction,
            $"SELECT {Source}, {ShardOf}, count(*) FROM {Staged(TableOf<TRow>())} WHERE {ShardOf} IS NOT NULL GROUP BY 1, 2;",
            r => (Key: (r.GetInt32(0), r.GetInt32(1)), Count: r.GetInt64(2)),
            ct)).ToDictionary(t => t.Key, t => t.Count);

    private string TableOf<TRow>() => tables.Single(t => t.Plan.Entity == typeof(TRow)).Table;
}
