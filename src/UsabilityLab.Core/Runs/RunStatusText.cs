namespace UsabilityLab.Core.Runs;

/// <summary>A run's status in the words every command and page prints it with.</summary>
public static class RunStatusText
{
    /// <summary>The end reason of a run whose recording process was found gone (killed, crashed, the machine rebooted).</summary>
    public const string ProcessGone = "process gone";

    /// <summary>recording, completed, interrupted, interrupted (process gone) or failed.</summary>
    public static string Of(RunStatus status, string? endReason) => status switch
    {
        RunStatus.Running => "recording",
        RunStatus.Interrupted when IsProcessGone(status, endReason) => "interrupted (process gone)",
        _ => status.ToString().ToLowerInvariant(),
    };

    /// <summary>Whether a run's status reads as interrupted because its process died.</summary>
    public static bool IsProcessGone(RunStatus status, string? endReason) => status == RunStatus.Interrupted && endReason == ProcessGone;
}
