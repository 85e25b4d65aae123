using System.Globalization;

namespace UsabilityLab.Benchmarks.Support;

/// <summary>
/// Samples, while a run goes on, the memory of this process and of the Chromium processes it started (found through
/// the /proc parent links: .NET → Playwright's node driver → Chromium and its zygote, renderer, GPU and utility children).
/// Chromium is measured by PSS, which splits shared pages among the processes that share them, so summing is honest.
/// </summary>
internal sealed class ProcessMemory : IAsyncDisposable
{
    private readonly CancellationTokenSource _stop = new();
    private readonly Task _sampling;

    private ProcessMemory(TimeSpan interval) => _sampling = Task.Run(() => SampleAsync(interval, _stop.Token));

    /// <summary>Largest summed Chromium PSS seen, in MiB.</summary>
    public double PeakChromiumMiB { get; private set; }

    /// <summary>Largest resident set of this .NET process seen, in MiB (it also hosts the demo shop).</summary>
    public double PeakDotNetMiB { get; private set; }

    /// <summary>Most Chromium processes alive at once.</summary>
    public int PeakChromiumProcesses { get; private set; }

    public static ProcessMemory Start(TimeSpan interval) => new(interval);

    public async ValueTask DisposeAsync()
    {
        await _stop.CancelAsync();
        await _sampling;
        _stop.Dispose();
    }

    private async Task SampleAsync(TimeSpan interval, CancellationToken ct)
    {
        while (!ct.IsCancellationRequested)
        {
            var chromium = Descendants(Environment.ProcessId).Where(p => Name(p).StartsWith("chrom", StringComparison.Ordinal)).ToList();
            PeakChromiumMiB = Math.Max(PeakChromiumMiB, chromium.Sum(p => Kib(p, "smaps_rollup", "Pss:")) / 1024.0);
            PeakChromiumProcesses = Math.Max(PeakChromiumProcesses, chromium.Count);
            PeakDotNetMiB = Math.Max(PeakDotNetMiB, Kib(Environment.ProcessId, "status", "VmRSS:") / 1024.0);
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

    private static List<int> Descendants(int root)
    {
        var parents = new Dictionary<int, int>();
        foreach (var dir in Directory.EnumerateDirectories("/proc"))
        {
            if (int.TryParse(Path.GetFileName(dir), out var pid) && Stat(pid) is { } ppid)
            {
                parents[pid] = ppid;
            }
        }

        var found = new List<int>();
        var frontier = new Queue<int>([root]);
        while (frontier.Count > 0)
        {
            var parent = frontier.Dequeue();
            foreach (var child in parents.Where(kv => kv.Value == parent).Select(kv => kv.Key))
            {
                found.Add(child);
                frontier.Enqueue(child);
            }
        }

        return found;
    }

    // /proc/PID/stat: "pid (comm) state ppid …"; comm may contain spaces, so read after the last ')'.
    private static int? Stat(int pid)
    {
        var text = Read($"/proc/{pid}/stat");
        var close = text.LastIndexOf(')');
        var fields = close < 0 ? [] : text[(close + 2)..].Split(' ');
        return fields.Length > 1 && int.TryParse(fields[1], out var ppid) ? ppid : null;
    }

    private static string Name(int pid) => Read($"/proc/{pid}/comm").Trim();

    private static long Kib(int pid, string file, string key)
    {
        var line = Read($"/proc/{pid}/{file}").Split('\n').FirstOrDefault(l => l.StartsWith(key, StringComparison.Ordinal));
        var value = line?[key.Length..].Trim().Split(' ')[0];
        return long.TryParse(value, NumberStyles.Integer, CultureInfo.InvariantCulture, out var kib) ? kib : 0;
    }

    private static string Read(string path)
    {
        try
        {
            return File.ReadAllText(path);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            return ""; // the process ended between listing and reading
        }
    }
}
