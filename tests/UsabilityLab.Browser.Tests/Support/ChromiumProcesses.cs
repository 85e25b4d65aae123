namespace UsabilityLab.Browser.Tests.Support;

/// <summary>What a running Chromium was started with, and whether any of its processes are still there.</summary>
internal static class ChromiumProcesses
{
    /// <summary>
    /// The command line of the Chromium that a browser server's driver launched: the process below it (past Debian's
    /// launcher script) that names a profile and is no helper (<c>--type=</c>).
    /// </summary>
    public static IReadOnlyList<string> CommandLineBelow(int driverProcessId)
    {
        var below = new HashSet<int> { driverProcessId };
        var processes = Directory.EnumerateDirectories("/proc")
            .Select(dir => int.TryParse(Path.GetFileName(dir), out var id) ? id : 0)
            .Where(id => id > 0)
            .Select(id => (Id: id, Parent: Parent(id), Args: Arguments(id)))
            .ToList();
        for (var grew = true; grew;)
        {
            grew = false;
            foreach (var process in processes.Where(p => below.Contains(p.Parent) && below.Add(p.Id)))
            {
                grew = true;
            }
        }

        return processes.First(p => p.Id != driverProcessId && below.Contains(p.Id)
            && p.Args.Any(a => a.StartsWith("--user-data-dir=", StringComparison.Ordinal))
            && !p.Args.Any(a => a.StartsWith("--type=", StringComparison.Ordinal))
            && Path.GetFileName(p.Args[0]) is not ("sh" or "dash" or "bash")).Args;
    }

    /// <summary>The profile folder Playwright gave the browser (every process of that browser names it).</summary>
    public static string UserDataDir(IReadOnlyList<string> commandLine) =>
        commandLine.Single(a => a.StartsWith("--user-data-dir=", StringComparison.Ordinal))["--user-data-dir=".Length..];

    /// <summary>Ids of live processes whose command line contains <paramref name="text"/>.</summary>
    public static IReadOnlyList<int> Naming(string text) =>
        [.. Directory.EnumerateDirectories("/proc")
            .Select(dir => (Id: int.TryParse(Path.GetFileName(dir), out var id) ? id : 0, Dir: dir))
            .Where(p => p.Id > 0 && CommandLine(p.Dir).Contains(text, StringComparison.Ordinal))
            .Select(p => p.Id)];

    private static string CommandLine(string dir) => string.Join(' ', Arguments(dir));

    private static IReadOnlyList<string> Arguments(int id) => Arguments(Path.Combine("/proc", id.ToString(System.Globalization.CultureInfo.InvariantCulture)));

    private static IReadOnlyList<string> Arguments(string dir)
    {
        try
        {
            return File.ReadAllText(Path.Combine(dir, "cmdline")).Split('\0', StringSplitOptions.RemoveEmptyEntries) is { Length: > 0 } args ? args : [""];
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            return [""]; // ended meanwhile
        }
    }

    /// <summary>The parent's id from /proc/ID/stat ("ID (name) STATE PARENT …"; the name may hold spaces, not a ')' at its end).</summary>
    private static int Parent(int id)
    {
        try
        {
            var stat = File.ReadAllText($"/proc/{id}/stat");
            var fields = stat[(stat.LastIndexOf(')') + 2)..].Split(' ');
            return int.Parse(fields[1], System.Globalization.CultureInfo.InvariantCulture);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or FormatException)
        {
            return 0;
        }
    }

    /// <summary>Polls until no process names <paramref name="text"/>; false when some still do after <paramref name="timeout"/>.</summary>
    public static async Task<bool> GoneAsync(string text, TimeSpan timeout)
    {
        using var limit = new CancellationTokenSource(timeout);
        while (Naming(text).Count > 0)
        {
            try
            {
                await Task.Delay(TimeSpan.FromMilliseconds(100), limit.Token);
            }
            catch (OperationCanceledException)
            {
                return false;
            }
        }

        return true;
    }
}
