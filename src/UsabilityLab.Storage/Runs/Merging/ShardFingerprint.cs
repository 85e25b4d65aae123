using UsabilityLab.Core.Runs;

namespace UsabilityLab.Storage.Runs.Merging;

/// <summary>
/// One shard's recording as a database holds it, enough to tell the same recording merged again from another one: when
/// it started, whether it finished, and how many participants, attempts and events it has. (A shard recorded again has
/// another start; a shard that went on after an earlier merge has more attempts or events.)
/// </summary>
internal sealed record ShardFingerprint(int Shard, RunStatus Status, string? EndReason, string StartedAt, long Participants, long Attempts, long Events)
{
    /// <summary>
    /// Whether <paramref name="other"/> is this recording: the same start, finished alike, the same counts. A shard still
    /// recording in its file counts as the interrupted one the merge made of it.
    /// </summary>
    public bool SameRecording(ShardFingerprint other) =>
        StartedAt == other.StartedAt && (Status == RunStatus.Completed) == (other.Status == RunStatus.Completed)
        && Participants == other.Participants && Attempts == other.Attempts && Events == other.Events;

    /// <summary>"completed, 3 participants, 15 attempts, 2410 events".</summary>
    public override string ToString() =>
        $"{RunStatusText.Of(Status, EndReason)}, {Participants} participants, {Attempts} attempts, {Events} events";
}
