namespace UsabilityLab.Core.Runs;

/// <summary>A run's status in the words every command and page prints it with.</summary>
public static class RunStatusText
{
    /// <summary>The end reason of a run whose recording process was found gone (killed, crashed, the machine rebooted).</summary>
    public const string ProcessGone = "process gone";

    /// <summary>How the end reason of a sharded run waiting for shards ends (<see cref="ShardsMissing"/>).</summary>
    private const string NotFinished = " not finished";

    /// <summary>recording, completed, interrupted, interrupted (process gone), incomplete (shards 2, 4 of 4 not finished) or failed.</summary>
    public static string Of(RunStatus status, string? endReason) => status switch
    {
        RunStatus.Running => "recording",
        RunStatus.Interrupted when IsProcessGone(status, endReason) => "interrupted (process gone)",
        RunStatus.Interrupted when IsWaitingForShards(status, endReason) => $"incomplete ({endReason})",
        _ => status.ToString().ToLowerInvariant(),
    };

    /// <summary>Whether a run's status reads as interrupted because its process died.</summary>
    public static bool IsProcessGone(RunStatus status, string? endReason) => status == RunStatus.Interrupted && endReason == ProcessGone;

    /// <summary>The end reason of a sharded run some of whose shards have not finished: "shards 2, 4 of 4 not finished".</summary>
    public static string ShardsMissing(IReadOnlyCollection<int> missing, int count) =>
        $"{(missing.Count == 1 ? "shard" : "shards")} {string.Join(", ", missing)} of {count}{NotFinished}";

    /// <summary>Whether a run reads as incomplete because shards of it have not finished (run them with the run's key).</summary>
    public static bool IsWaitingForShards(RunStatus status, string? endReason) =>
        status == RunStatus.Interrupted && endReason is not null && endReason.StartsWith("shard", StringComparison.Ordinal) && endReason.EndsWith(NotFinished, StringComparison.Ordinal);
}
