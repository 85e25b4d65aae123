namespace UsabilityLab.Benchmarks.Support;

/// <summary>The processes this one started, directly or not, from the parent links in /proc.</summary>
internal static class ProcessTree
{
    public static List<int> Descendants(int root)
    {
        var children = new Dictionary<int, List<int>>();
        foreach (var dir in Directory.EnumerateDirectories("/proc"))
        {
            if (int.TryParse(Path.GetFileName(dir), out var pid) && StatFields(pid) is { Length: > 1 } fields && int.TryParse(fields[1], out var ppid))
            {
                (children.TryGetValue(ppid, out var list) ? list : children[ppid] = []).Add(pid);
            }
        }

        var found = new List<int>();
        var frontier = new Queue<int>([root]);
        while (frontier.TryDequeue(out var parent))
        {
            foreach (var child in children.GetValueOrDefault(parent, []))
            {
                found.Add(child);
                frontier.Enqueue(child);
            }
        }

        return found;
    }

    /// <summary>Fields of /proc/PID/stat after "pid (comm) " (comm may contain spaces): state, ppid, …; empty when gone.</summary>
    public static string[] StatFields(int pid) => StatFields($"/proc/{pid}/stat");

    /// <summary>The same fields for a stat file by path (e.g. /proc/thread-self/stat for the calling thread).</summary>
    public static string[] StatFields(string path)
    {
        var text = Read(path);
        var close = text.LastIndexOf(')');
        return close < 0 || close + 2 >= text.Length ? [] : text[(close + 2)..].Split(' ');
    }

    public static string Name(int pid) => Read($"/proc/{pid}/comm").Trim();

    /// <summary>What a process is, for CPU breakdowns: Chromium's processes by their <c>--type</c> switch (the browser
    /// has none; utilities by sub-type, e.g. the network service), Playwright's node driver, this .NET process; null
    /// when the process is gone or exiting (its command line is empty then).</summary>
    public static string? Kind(int pid)
    {
        if (pid == Environment.ProcessId)
        {
            return ".NET (runner, store, demo shop)";
        }

        // Chromium rewrites its command line into one space-separated string (its process title).
        var args = Read($"/proc/{pid}/cmdline").Split(['\0', ' ']);
        if (args[0].Length == 0)
        {
            return null;
        }

        var type = args.FirstOrDefault(a => a.StartsWith("--type=", StringComparison.Ordinal))?["--type=".Length..];
        var name = Name(pid);
        if (type is not null)
        {
            var subType = args.FirstOrDefault(a => a.StartsWith("--utility-sub-type=", StringComparison.Ordinal))?.Split('.')[^1];
            return $"Chromium {type}{(subType is null ? "" : $" ({subType})")}";
        }

        var program = Path.GetFileName(args[0]);
        return program.StartsWith("chrom", StringComparison.Ordinal) ? "Chromium browser" : program == "node" ? "Playwright driver (node)" : name;
    }

    public static string Read(string path)
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
