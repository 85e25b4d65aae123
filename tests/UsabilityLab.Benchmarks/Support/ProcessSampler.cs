using System.Diagnostics;
using System.Globalization;

namespace UsabilityLab.Benchmarks.Support;

/// <summary>
/// Samples, while a run goes on, this process and everything it started (Playwright's node drivers, Chromium with its
/// zygote, renderer, GPU and utility children), from /proc:
/// memory — Chromium by PSS, which splits shared pages among the processes sharing them, so summing is honest; .NET by RSS;
/// CPU — each process's own user + system time at its last sample (keyed by pid and start time), which does not depend on
/// who reaps whom; a process living shorter than one interval is missed.
/// </summary>
internal sealed class ProcessSampler : IAsyncDisposable
{
    private const double TicksPerSecond = 100; // USER_HZ, the unit of /proc's CPU times on Linux
    private readonly Dictionary<(int Pid, string Start), double> _cpuSeconds = [];
    private readonly Dictionary<(int Pid, string Start), double> _cpuAtStart = [];
    private readonly Dictionary<(int Pid, string Start), string> _kinds = [];
    private readonly CancellationTokenSource _stop = new();
    private readonly Stopwatch _clock = Stopwatch.StartNew();
    private readonly Task _sampling;
    private readonly double _dotNetAtStartMiB = Kib(Environment.ProcessId, "status", "VmRSS:") / 1024.0;
    private readonly bool _memory;

    private ProcessSampler(TimeSpan interval, bool memory)
    {
        _memory = memory;
        Sample(_cpuAtStart);
        _sampling = Task.Run(() => LoopAsync(interval, _stop.Token));
    }

    /// <summary>Largest summed Chromium PSS seen, in MiB.</summary>
    public double PeakChromiumMiB { get; private set; }

    /// <summary>Largest growth of this .NET process's resident set over its size at the start, in MiB: what the run added
    /// (earlier benchmarks may have left the process bigger, which is not the run's doing).</summary>
    public double PeakDotNetMiB { get; private set; }

    /// <summary>Most Chromium processes alive at once.</summary>
    public int PeakChromiumProcesses { get; private set; }

    /// <summary>Average cores the process tree kept busy since the start (valid after dispose).</summary>
    public double BusyCores { get; private set; }

    /// <summary>CPU seconds the sampling itself used (part of this process's share).</summary>
    public double SamplingSeconds { get; private set; }

    /// <summary>CPU seconds used since the start by kind of process (<see cref="ProcessTree.Kind"/>; valid after dispose).</summary>
    public IReadOnlyDictionary<string, double> CpuSecondsByKind { get; private set; } = new Dictionary<string, double>();

    /// <param name="memory">Whether to sample memory too. Reading a process's PSS makes the kernel walk its page tables;
    /// a benchmark that only wants CPU times leaves that out, so the sampling takes less from the run it measures.</param>
    public static ProcessSampler Start(TimeSpan interval, bool memory = true) => new(interval, memory);

    public async ValueTask DisposeAsync()
    {
        await _stop.CancelAsync();
        await _sampling;
        Sample(_cpuSeconds);
        var used = _cpuSeconds.ToDictionary(kv => kv.Key, kv => kv.Value - _cpuAtStart.GetValueOrDefault(kv.Key));
        BusyCores = used.Values.Sum() / _clock.Elapsed.TotalSeconds;
        CpuSecondsByKind = used.GroupBy(kv => _kinds.GetValueOrDefault(kv.Key, "?")).ToDictionary(g => g.Key, g => g.Sum(kv => kv.Value));
        _stop.Dispose();
    }

    private async Task LoopAsync(TimeSpan interval, CancellationToken ct)
    {
        while (!ct.IsCancellationRequested)
        {
            Sample(_cpuSeconds);
            try
            {
                await Task.Delay(interval, ct);
            }
            catch (OperationCanceledException)
            {
                return;
            }
        }
    }

    private void Sample(Dictionary<(int Pid, string Start), double> cpu)
    {
        var started = ThreadCpuSeconds();
        var tree = ProcessTree.Descendants(Environment.ProcessId).Append(Environment.ProcessId).ToList();
        foreach (var pid in tree)
        {
            // After "pid (comm)": state=0 ppid=1 … utime=11 stime=12 … starttime=19.
            var fields = ProcessTree.StatFields(pid);
            if (fields.Length > 19)
            {
                var key = (pid, fields[19]);
                cpu[key] = (double.Parse(fields[11], CultureInfo.InvariantCulture) + double.Parse(fields[12], CultureInfo.InvariantCulture)) / TicksPerSecond;
                // Every time: Chromium's launcher script becomes the browser by exec, and a zygote's child names its type
                // only once it has started; an exiting process no longer says what it was.
                if (ProcessTree.Kind(pid) is { } kind)
                {
                    _kinds[key] = kind;
                }
            }
        }

        if (_memory)
        {
            SampleMemory(tree);
        }

        SamplingSeconds += ThreadCpuSeconds() - started;
    }

    private void SampleMemory(List<int> tree)
    {
        var chromium = tree.Where(p => ProcessTree.Name(p).StartsWith("chrom", StringComparison.Ordinal)).ToList();
        PeakChromiumMiB = Math.Max(PeakChromiumMiB, chromium.Sum(p => Kib(p, "smaps_rollup", "Pss:")) / 1024.0);
        PeakChromiumProcesses = Math.Max(PeakChromiumProcesses, chromium.Count);
        PeakDotNetMiB = Math.Max(PeakDotNetMiB, (Kib(Environment.ProcessId, "status", "VmRSS:") / 1024.0) - _dotNetAtStartMiB);
    }

    // Sample runs synchronously, so the calling thread's own CPU time brackets it.
    private static double ThreadCpuSeconds()
    {
        var fields = ProcessTree.StatFields("/proc/thread-self/stat");
        return fields.Length > 12 ? (double.Parse(fields[11], CultureInfo.InvariantCulture) + double.Parse(fields[12], CultureInfo.InvariantCulture)) / TicksPerSecond : 0;
    }

    private static long Kib(int pid, string file, string key)
    {
        var line = ProcessTree.Read($"/proc/{pid}/{file}").Split('\n').FirstOrDefault(l => l.StartsWith(key, StringComparison.Ordinal));
        var value = line?[key.Length..].Trim().Split(' ')[0];
        return long.TryParse(value, NumberStyles.Integer, CultureInfo.InvariantCulture, out var kib) ? kib : 0;
    }
}
