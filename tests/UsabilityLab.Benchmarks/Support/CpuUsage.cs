using System.Diagnostics;
using System.Globalization;

namespace UsabilityLab.Benchmarks.Support;

/// <summary>
/// Machine-wide CPU use between two points (from /proc/stat), in cores: 2.0 on a 2-core machine means both cores were
/// busy the whole time. Used to show when a run is CPU-bound, which is what caps worker scaling.
/// </summary>
internal sealed class CpuUsage
{
    private readonly (long Busy, long Total) _start = Read();
    private readonly Stopwatch _clock = Stopwatch.StartNew();

    /// <summary>Average busy cores since construction.</summary>
    public double BusyCores()
    {
        var (busy, total) = Read();
        var dTotal = total - _start.Total;
        return dTotal <= 0 ? 0 : (double)(busy - _start.Busy) / dTotal * Environment.ProcessorCount;
    }

    public TimeSpan Elapsed => _clock.Elapsed;

    // First line: "cpu user nice system idle iowait irq softirq steal guest guest_nice" in clock ticks.
    private static (long Busy, long Total) Read()
    {
        var fields = File.ReadLines("/proc/stat").First().Split(' ', StringSplitOptions.RemoveEmptyEntries).Skip(1)
            .Select(f => long.Parse(f, CultureInfo.InvariantCulture)).ToArray();
        var total = fields.Take(8).Sum();
        var idle = fields[3] + fields[4];
        return (total - idle, total);
    }
}
