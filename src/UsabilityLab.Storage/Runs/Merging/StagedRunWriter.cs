using System.Globalization;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using UsabilityLab.Core.Errors;
using UsabilityLab.Core.Runs;
using UsabilityLab.Storage.Entities;
using UsabilityLab.Storage.Providers;
using static UsabilityLab.Storage.Runs.Merging.MergeSql;

namespace UsabilityLab.Storage.Runs.Merging;

/// <summary>
/// Writes the staged shards into the output, in its one write transaction: finds the run of the key there (or adds it,
/// with the study reused by name and hash), leaves out shards it holds already unchanged (and refuses one that differs),
/// copies every table with ids moved past the output's, marks a shard that was still recording in its file as ended with
/// its process, and settles the run's status from its shards as <see cref="ShardedRuns"/> does.
/// </summary>
internal sealed class StagedRunWriter(SqliteConnection connection, SqliteTransaction transaction, IReadOnlyList<MergeTableSql> tables, string output)
{
    /// <summary>Merges <paramref name="inputs"/> (staged, all of one key) and says what the output's run holds now.</summary>
    public async Task<ShardMergeSummary> WriteAsync(IReadOnlyList<ShardInput> inputs, CancellationToken ct)
    {
        var first = inputs[0].Run;
        var existing = await FindRunAsync(first.RunKey, ct);
        existing?.CheckSameAs(first, output, inputs[0].Path);
        var fingerprints = new ShardFingerprints(connection, transaction, tables);
        var there = existing is null ? [] : await fingerprints.OfOutputAsync(existing.Id, ct);
        var staged = await fingerprints.OfStagedAsync(ct);
        var added = new Dictionary<int, string>();
        foreach (var input in inputs)
        {
            foreach (var shard in input.Shards)
            {
                var mine = staged[(input.Source, shard)];
                if (!there.TryGetValue(shard, out var held))
                {
                    added[shard] = input.Path;
                    continue;
                }

                if (!held.SameRecording(mine))
                {
                    throw new InputException($"{input.Path}: shard {shard} of run {first.RunKey} is in {output} already ({held}) and this one differs ({mine}); a shard is merged once: merge into a new file to take this one");
                }

                await ExecuteAsync(connection, transaction, $"INSERT INTO {Skipped} (src, shard) VALUES ($src, $shard);", ct, ("$src", input.Source), ("$shard", shard));
            }
        }

        var runId = existing?.Id ?? await AddRunAsync(inputs, ct);
        await CheckParticipantsAsync(runId, ct);
        await SetOffsetsAsync(inputs, runId, ct);
        foreach (var table in tables.Where(t => t.Plan.Role == MergeRole.Copied))
        {
            await ExecuteAsync(connection, transaction, table.InsertSql(), ct, ("$run", runId));
        }

        return await SettleAsync(runId, first, added, ct);
    }

    private async Task<KeyedRun?> FindRunAsync(string runKey, CancellationToken ct) =>
        (await KeyedRun.ListAsync(connection, transaction, tables, "main", $"r.{Quote(nameof(RunRow.RunKey))} = $key", ct, ("$key", runKey))).SingleOrDefault();

    /// <summary>
    /// Adds the run: the first input's row, pointing at the output's study of the same name and hash (added from the
    /// first input when there is none), started when the earliest input's started, held by no process.
    /// </summary>
    private async Task<long> AddRunAsync(IReadOnlyList<ShardInput> inputs, CancellationToken ct)
    {
        var (study, run) = (tables.Single(t => t.Plan.Role == MergeRole.Reused), tables.Single(t => t.Plan.Role == MergeRole.Single));
        var first = inputs[0].Run;
        var studyId = await ScalarAsync(
            connection,
            transaction,
            $"SELECT {Quote(study.Key)} FROM main.{Quote(study.Table)} WHERE {Quote(nameof(StudyRow.Name))} = $name AND {Quote(nameof(StudyRow.Sha256))} = $sha ORDER BY 1 LIMIT 1;",
            ct,
            ("$name", first.StudyName),
            ("$sha", first.Sha256));
        if (studyId is null)
        {
            studyId = await InsertFirstAsync(study, new Dictionary<string, string>(), ct);
        }

        var (runColumn, _, _) = study.NamedBy!.Value;
        return await InsertFirstAsync(run, new Dictionary<string, string>(StringComparer.Ordinal)
        {
            [runColumn] = "$study",
            [nameof(RunRow.StartedAt)] = $"(SELECT min({Quote(nameof(RunRow.StartedAt))}) FROM {run.Staged})",
            [nameof(RunRow.LeaseOwner)] = "NULL",
            [nameof(RunRow.HeartbeatUnixMs)] = "NULL",
            [nameof(RunRow.EndedAt)] = "NULL",
            [nameof(RunRow.EndReason)] = "NULL",
        }, ct, ("$study", studyId));
    }

    /// <summary>Inserts the first input's staged row of <paramref name="table"/> under a new id, some columns replaced; returns the id.</summary>
    private async Task<long> InsertFirstAsync(MergeTableSql table, IReadOnlyDictionary<string, string> replaced, CancellationToken ct, params (string Name, object? Value)[] parameters)
    {
        var columns = table.Columns.Where(c => c != table.Key).ToList();
        var values = columns.Select(c => replaced.GetValueOrDefault(c) ?? $"s.{Quote(c)}");
        await ExecuteAsync(
            connection,
            transaction,
            $"INSERT INTO main.{Quote(table.Table)} ({string.Join(", ", columns.Select(Quote))}) SELECT {string.Join(", ", values)} FROM {table.Staged} s WHERE s.{Source} = 0;",
            ct,
            parameters);
        return (long)(await ScalarAsync(connection, transaction, "SELECT last_insert_rowid();", ct))!;
    }

    /// <summary>A participant (by label) in two of the shards merged, or in one merged and one the output holds: refused before writing.</summary>
    private async Task CheckParticipantsAsync(long runId, CancellationToken ct)
    {
        var participants = tables.Single(t => t.Plan.Entity == typeof(ParticipantRow));
        var (label, run) = (Quote(nameof(ParticipantRow.Label)), Quote(nameof(ParticipantRow.RunId)));
        var kept = $"NOT EXISTS (SELECT 1 FROM {Skipped} k WHERE k.src = {{0}}.{Source} AND k.shard = {{0}}.{ShardOf})";
        var twice = await ScalarAsync(
            connection,
            transaction,
            $"""
            SELECT s.{label} FROM {participants.Staged} s
            WHERE {string.Format(CultureInfo.InvariantCulture, kept, "s")}
              AND (EXISTS (SELECT 1 FROM main.{Quote(participants.Table)} m WHERE m.{run} = $run AND m.{label} = s.{label})
                   OR EXISTS (SELECT 1 FROM {participants.Staged} e WHERE e.{Source} < s.{Source} AND e.{label} = s.{label} AND {string.Format(CultureInfo.InvariantCulture, kept, "e")}))
            LIMIT 1;
            """,
            ct,
            ("$run", runId));
        if (twice is string name)
        {
            throw new InputException($"participant {name} is recorded in more than one of the shards merged (or in {output} already); merge shards that were each recorded with their own --shard K/N");
        }
    }

    /// <summary>
    /// What each input's ids move by, per table: the run's onto the output's run; every other table's packed after the
    /// output's highest id (and SQLite's AUTOINCREMENT counter), one input after another.
    /// </summary>
    private async Task SetOffsetsAsync(IReadOnlyList<ShardInput> inputs, long runId, CancellationToken ct)
    {
        var run = tables.Single(t => t.Plan.Role == MergeRole.Single);
        foreach (var input in inputs)
        {
            await AddOffsetAsync(run.Table, input.Source, runId - input.Run.Id, ct);
        }

        var sequences = await ScalarAsync(connection, transaction, "SELECT count(*) FROM main.sqlite_master WHERE name = 'sqlite_sequence';", ct) is > 0L;
        foreach (var table in tables.Where(t => t.Plan.Role == MergeRole.Copied))
        {
            var highest = $"SELECT max(ifnull((SELECT max({Quote(table.Key)}) FROM main.{Quote(table.Table)}), 0)" +
                          (sequences ? ", ifnull((SELECT seq FROM main.sqlite_sequence WHERE name = $table), 0));" : ", 0);");
            var next = (long)(await ScalarAsync(connection, transaction, highest, ct, ("$table", table.Table)))! + 1;
            var ranges = (await ListAsync(connection, transaction, $"SELECT {Source}, min({Quote(table.Key)}), max({Quote(table.Key)}) FROM {table.Staged} GROUP BY 1;", r => (Source: r.GetInt32(0), Low: r.GetInt64(1), High: r.GetInt64(2)), ct))
                .ToDictionary(r => r.Source);
            foreach (var input in inputs)
            {
                // Every input gets a row, also without rows of its own here: a row elsewhere may name none of them (a NULL attempt).
                var (_, low, high) = ranges.GetValueOrDefault(input.Source, (input.Source, next, next - 1));
                await AddOffsetAsync(table.Table, input.Source, next - low, ct);
                next += high - low + 1;
            }
        }
    }

    private Task<int> AddOffsetAsync(string table, int source, long offset, CancellationToken ct) =>
        ExecuteAsync(connection, transaction, $"INSERT INTO {Offsets} (tbl, src, off) VALUES ($table, $src, $off);", ct, ("$table", table), ("$src", source), ("$off", offset));

    /// <summary>
    /// On the transaction, through EF Core: a shard that was still recording in its file (its process killed, or its
    /// file copied mid-run) is marked as ended with its process, as <see cref="RunLiveness"/> would; then the run's
    /// status follows its shards (<see cref="ShardedRuns.SettleRunAsync(LabDbContext, long, CancellationToken)"/>).
    /// </summary>
    private async Task<ShardMergeSummary> SettleAsync(long runId, KeyedRun run, IReadOnlyDictionary<int, string> added, CancellationToken ct)
    {
        await using var db = SqliteStore.ContextOn(connection);
        await db.Database.UseTransactionAsync(transaction, ct);
        var copied = added.Keys.ToList();
        var recording = await db.RunShards.Where(s => s.RunId == runId && copied.Contains(s.Shard) && s.Status == RunStatus.Running).ToListAsync(ct);
        foreach (var shard in recording)
        {
            var lastWord = shard.HeartbeatUnixMs is { } beat ? DateTimeOffset.FromUnixTimeMilliseconds(beat) : shard.StartedAt;
            await RunLiveness.MarkShardGoneAsync(db, shard.Id, runId, shard.Shard, shard.HeartbeatUnixMs, lastWord, ct);
        }

        await ShardedRuns.SettleRunAsync(db, runId, ct);
        var shards = await db.RunShards.Where(s => s.RunId == runId).OrderBy(s => s.Shard).Select(s => new { s.Shard, s.Status, s.EndReason }).ToListAsync(ct);
        var settled = await db.Runs.Where(r => r.Id == runId).Select(r => new { r.Status, r.EndReason }).SingleAsync(ct);
        return new ShardMergeSummary(
            run.RunKey,
            output,
            runId,
            run.ShardCount ?? 1,
            [.. shards.Select(s => new MergedShard(s.Shard, s.Status, s.EndReason, added.GetValueOrDefault(s.Shard)))],
            await db.Participants.CountAsync(p => p.RunId == runId, ct),
            await db.TaskAttempts.CountAsync(a => a.Session!.RunId == runId, ct),
            settled.Status,
            settled.EndReason);
    }

    private string TableOf<TRow>() => tables.Single(t => t.Plan.Entity == typeof(TRow)).Table;
}
