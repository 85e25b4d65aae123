using System.Diagnostics;
using System.Globalization;

namespace UsabilityLab.Storage.Runs;

/// <summary>
/// Who records a run: host, process id and the process's start time (a pid is reused; with its start time it is not).
/// On the same host, whether that process still lives can be asked directly; elsewhere only its heartbeat tells.
/// </summary>
internal readonly record struct LeaseOwner(string Host, int ProcessId, long StartTicks)
{
    /// <summary>This process.</summary>
    public static LeaseOwner Current { get; } = Of(Process.GetCurrentProcess());

    /// <summary>The stored form, <c>host:pid:startTicks</c>.</summary>
    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"{Host}:{ProcessId}:{StartTicks}");

    /// <summary>Reads the stored form; null when it is not one (a hand-edited row, an older version).</summary>
    public static LeaseOwner? Parse(string? text)
    {
        var parts = text?.Split(':');
        return parts is [var host, var pid, var ticks]
            && int.TryParse(pid, NumberStyles.None, CultureInfo.InvariantCulture, out var id)
            && long.TryParse(ticks, NumberStyles.None, CultureInfo.InvariantCulture, out var start)
            ? new LeaseOwner(host, id, start)
            : null;
    }

    /// <summary>True when this owner is a process of this host that no longer runs; false when it runs or lives elsewhere.</summary>
    public bool IsGoneFromThisHost()
    {
        if (Host != Current.Host)
        {
            return false;
        }

        try
        {
            using var process = Process.GetProcessById(ProcessId);
            // Each process turns the start time into wall-clock time through its own reading of the boot time, so the
            // owner and the one asking work it out milliseconds apart; whole seconds then differ by one now and then.
            // Another process that got the pid again started later than that.
            return Math.Abs(Of(process).StartTicks - StartTicks) > 1;
        }
        catch (Exception ex) when (ex is ArgumentException or InvalidOperationException)
        {
            return true; // no such process (any more)
        }
    }

    // Start times are read from /proc with clock-tick precision: kept at whole seconds.
    private static LeaseOwner Of(Process process) =>
        new(Environment.MachineName, process.Id, process.StartTime.ToUniversalTime().Ticks / TimeSpan.TicksPerSecond);
}
