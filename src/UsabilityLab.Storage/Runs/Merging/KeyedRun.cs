using UsabilityLab.Core.Errors;

namespace UsabilityLab.Storage.Runs.Merging;

/// <summary>
/// A sharded run as a database holds it: its id there, and what every shard of it must share (the study file, N, the
/// persona mode, seed and participants: the roster every shard draws its slice from).
/// </summary>
internal sealed record KeyedRun(long Id, string RunKey, long StudyId, string StudyName, string Sha256, int? ShardCount, string? PersonaMode, int Seed, int ParticipantsPlanned)
{
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
