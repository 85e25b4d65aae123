using System.Globalization;

namespace UsabilityLab.Cli.Tests.Process;

/// <summary>The processes below one (a browser server's driver and its Chromium), read from /proc.</summary>
internal static class ProcessTree
{
    /// <summary>Ids of every live process descending from <paramref name="root"/>.</summary>
    public static IReadOnlySet<int> Below(int root)
    {
        var parents = Directory.EnumerateDirectories("/proc")
            .Select(dir => int.TryParse(Path.GetFileName(dir), out var id) ? id : 0)
            .Where(id => id > 0)
            .Select(id => (Id: id, Parent: Parent(id)))
            .ToList();
        var below = new HashSet<int>();
        for (var grew = true; grew;)
        {
            grew = false;
            foreach (var (id, _) in parents.Where(p => (p.Parent == root || below.Contains(p.Parent)) && !below.Contains(p.Id)))
            {
                grew |= below.Add(id);
            }
        }

        return below;
    }

    /// <summary>Whether a process with this id is still there (a zombie is not: it ran its last instruction).</summary>
    public static bool Alive(int id)
    {
        try
        {
            var stat = File.ReadAllText($"/proc/{id}/stat");
            return stat[(stat.LastIndexOf(')') + 2)..][0] != 'Z';
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            return false;
        }
    }

    /// <summary>Polls until none of <paramref name="ids"/> is alive; false when some still are after <paramref name="timeout"/>.</summary>
    public static async Task<bool> GoneAsync(IEnumerable<int> ids, TimeSpan timeout)
    {
        using var limit = new CancellationTokenSource(timeout);
        var left = ids.ToList();
        while (left.Any(Alive))
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

    /// <summary>"ID (name) STATE PARENT …": the name may hold spaces, and ends at the last ')'.</summary>
    private static int Parent(int id)
    {
        try
        {
            var stat = File.ReadAllText($"/proc/{id}/stat");
            return int.Parse(stat[(stat.LastIndexOf(')') + 2)..].Split(' ')[1], CultureInfo.InvariantCulture);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or FormatException)
        {
            return 0;
        }
    }
}
