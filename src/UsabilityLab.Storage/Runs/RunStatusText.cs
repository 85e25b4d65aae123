using UsabilityLab.Storage.Entities;

namespace UsabilityLab.Storage.Runs;

/// <summary>A run's status in the words every command prints it with.</summary>
public static class RunStatusText
{
    /// <summary>recording, completed, interrupted, interrupted (process gone) or failed.</summary>
    public static string Of(RunStatus status, string? endReason) => status switch
    {
        RunStatus.Running => "recording",
        RunStatus.Interrupted when RunLiveness.IsProcessGone(status, endReason) => "interrupted (process gone)",
        _ => status.ToString().ToLowerInvariant(),
    };
}
