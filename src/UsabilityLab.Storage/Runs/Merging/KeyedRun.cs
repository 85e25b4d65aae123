using Microsoft.Data.Sqlite;
using UsabilityLab.Core.Errors;
using UsabilityLab.Storage.Entities;
using static UsabilityLab.Storage.Runs.Merging.MergeSql;

namespace UsabilityLab.Storage.Runs.Merging;

/// <summary>
/// A sharded run as a database holds it: its id there, and what every shard of it must share (the study file, N, the
/// persona mode, seed and participants: the roster every shard draws its slice from).
/// </summary>
internal sealed record KeyedRun(long Id, string RunKey, long StudyId, string StudyName, string Sha256, int? ShardCount, string? PersonaMode, int Seed, int ParticipantsPlanned)
{
    /// <summary>
    /// The sharded runs of database <paramref name="schema"/> (<c>main</c>, the output, or the attached input) that
    /// <paramref name="where"/> keeps (on <c>r</c>, the run), in id order.
    /// </summary>
    public static Task<List<KeyedRun>> ListAsync(SqliteConnection connection, SqliteTransaction transaction, IReadOnlyList<MergeTableSql> tables, string schema, string where, CancellationToken ct, params (string Name, object? Value)[] parameters)
    {
        var runs = Quote(tables.Single(t => t.Plan.Entity == typeof(RunRow)).Table);
        var studies = Quote(tables.Single(t => t.Plan.Entity == typeof(StudyRow)).Table);
        return MergeSql.ListAsync(
            connection,
            transaction,
            $"""
            SELECT r.{Quote(nameof(RunRow.Id))}, r.{Quote(nameof(RunRow.RunKey))}, s.{Quote(nameof(StudyRow.Id))}, s.{Quote(nameof(StudyRow.Name))}, s.{Quote(nameof(StudyRow.Sha256))},
                   r.{Quote(nameof(RunRow.ShardCount))}, r.{Quote(nameof(RunRow.PersonaMode))}, r.{Quote(nameof(RunRow.Seed))}, r.{Quote(nameof(RunRow.ParticipantsPlanned))}
            FROM {schema}.{runs} r JOIN {schema}.{studies} s ON s.{Quote(nameof(StudyRow.Id))} = r.{Quote(nameof(RunRow.StudyId))}
            WHERE r.{Quote(nameof(RunRow.RunKey))} IS NOT NULL AND ({where}) ORDER BY r.{Quote(nameof(RunRow.Id))};
            """,
            r => new KeyedRun(r.GetInt64(0), r.GetString(1), r.GetInt64(2), r.GetString(3), r.GetString(4), r.IsDBNull(5) ? null : r.GetInt32(5), r.IsDBNull(6) ? null : r.GetString(6), r.GetInt32(7), r.GetInt32(8)),
            ct,
            parameters);
    }

    /// <summary>The settings as the command line gave them, for a message.</summary>
    public string Settings => $"--persona {PersonaMode} --seed {Seed} --participants {ParticipantsPlanned}";

    /// <summary>The study file's hash as people compare it: its first 12 characters.</summary>
    public string ShortHash => Sha256[..Math.Min(12, Sha256.Length)];

    /// <summary>
    /// Refuses to put <paramref name="other"/> (in <paramref name="otherWhere"/>) into one run with this one (in
    /// <paramref name="where"/>) unless they are shards of the same recording plan; one line naming what differs.
    /// </summary>
    public void CheckSameAs(KeyedRun other, string where, string otherWhere)
    {
        if (other.Sha256 != Sha256 || other.StudyName != StudyName)
        {
            throw new InputException($"{otherWhere}: run {RunKey} records another version of the study file than in {where} (\"{other.StudyName}\", hash {other.ShortHash}… against \"{StudyName}\", {ShortHash}…); merge shards recorded from one file");
        }

        if (other.ShardCount != ShardCount)
        {
            throw new InputException($"{otherWhere}: run {RunKey} is split into {other.ShardCount} shards there, into {ShardCount} in {where}; merge shards recorded with one --shard K/N");
        }

        if (other.PersonaMode != PersonaMode || other.Seed != Seed || other.ParticipantsPlanned != ParticipantsPlanned)
        {
            throw new InputException($"{otherWhere}: run {RunKey} was recorded with {other.Settings} there, with {Settings} in {where}; merge shards recorded with the same settings");
        }
    }
}
