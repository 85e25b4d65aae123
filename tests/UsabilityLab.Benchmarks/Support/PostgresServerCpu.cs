using System.Globalization;

namespace UsabilityLab.Benchmarks.Support;

/// <summary>
/// CPU time of the benchmarks' PostgreSQL server, from /proc: the postmaster's own, that of the backends it has reaped
/// (its children's time: a backend lives as long as its client's connection) and that of its processes alive now, so
/// the difference of two readings is what the server did in between, however many connections came and went.
/// </summary>
internal static class PostgresServerCpu
{
    /// <summary>The server's data folder, exported by tests/Services/postgres.sh; its postmaster.pid names the server.</summary>
    public const string DataVariable = "USABILITYLAB_TEST_POSTGRES_DATA";

    private const double TicksPerSecond = 100; // USER_HZ

    /// <summary>CPU seconds the server has used so far; null when its data folder is not known (a server started elsewhere).</summary>
    public static double? Seconds()
    {
        if (Environment.GetEnvironmentVariable(DataVariable) is not { Length: > 0 } data
            || !int.TryParse(File.ReadLines(Path.Combine(data, "postmaster.pid")).First(), CultureInfo.InvariantCulture, out var postmaster))
        {
            return null;
        }

        // After "pid (comm)": utime=11 stime=12 cutime=13 cstime=14, in ticks.
        var own = ProcessTree.StatFields(postmaster);
        var ticks = own.Length > 14 ? Ticks(own, 11) + Ticks(own, 12) + Ticks(own, 13) + Ticks(own, 14) : 0;
        foreach (var pid in ProcessTree.Descendants(postmaster))
        {
            var fields = ProcessTree.StatFields(pid);
            ticks += fields.Length > 12 ? Ticks(fields, 11) + Ticks(fields, 12) : 0;
        }

        return ticks / TicksPerSecond;
    }

    private static double Ticks(string[] fields, int index) => double.Parse(fields[index], CultureInfo.InvariantCulture);
}
