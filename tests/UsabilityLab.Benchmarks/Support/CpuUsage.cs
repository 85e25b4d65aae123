using System.Globalization;

namespace UsabilityLab.Benchmarks.Support;

/// <summary>Machine-wide CPU use between two points (/proc/stat), in cores: 2.0 on a 2-core machine means both cores busy.</summary>
internal sealed class CpuUsage
{
    private readonly (long Busy, long Total) _start = Read();

    /// <summary>Average cores busy machine-wide since construction.</summary>
    public double MachineCores()
    {
        var (busy, total) = Read();
        var dTotal = total - _start.Total;
        return dTotal <= 0 ? 0 : (double)(busy - _start.Busy) / dTotal * Environment.ProcessorCount;
    }

    // First line: "cpu user nice system idle iowait irq softirq steal guest guest_nice" in clock ticks.
    private static (long Busy, long Total) Read()
    {
        var fields = File.ReadLines("/proc/stat").First().Split(' ', StringSplitOptions.RemoveEmptyEntries).Skip(1)
            .Select(f => long.Parse(f, CultureInfo.InvariantCulture)).ToArray();
        var total = fields.Take(8).Sum();
        return (total - fields[3] - fields[4], total);
    }
}
