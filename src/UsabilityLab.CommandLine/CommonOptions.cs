using System.CommandLine;

namespace UsabilityLab.CommandLine;

/// <summary>Options several commands share, defined once so they read the same everywhere.</summary>
public static class CommonOptions
{
    public static Option<string?> Database() =>
        new("--db") { Description = "SQLite file path, or PostgreSQL as postgresql://user:pass@host:port/db or Host=…;Database=… (default: $USABILITYLAB_DB or ./usabilitylab.db)" };

    public static Option<bool> Json() =>
        new("--json") { Description = "Machine-readable JSON on standard output" };
}
