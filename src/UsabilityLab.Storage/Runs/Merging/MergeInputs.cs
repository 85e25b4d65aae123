using UsabilityLab.Core.Errors;
using UsabilityLab.Storage.Providers;

namespace UsabilityLab.Storage.Runs.Merging;

/// <summary>The paths <c>lab merge OUT.db SHARD.db…</c> is given, checked before anything is opened: one line each.</summary>
internal static class MergeInputs
{
    /// <summary>OUT's full path and the inputs' (SQLite files that exist, none twice, OUT not among them).</summary>
    public static (string Output, IReadOnlyList<string> Shards) Check(string output, IReadOnlyList<string> shards)
    {
        if (StoreAddress.IsPostgres(output))
        {
            throw new InputException($"{output}: lab merge writes a SQLite file; shards recorded into PostgreSQL are one run already (every shard records into that one database)");
        }

        if (shards.Count == 0)
        {
            throw new InputException("give the shards' database files to merge: lab merge OUT.db SHARD.db…");
        }

        var outPath = Path.GetFullPath(output);
        CheckOutput(output, outPath);
        var outFile = Identity(outPath);
        var seen = new Dictionary<string, string>(StringComparer.Ordinal);
        var paths = new List<string>(shards.Count);
        foreach (var shard in shards)
        {
            if (StoreAddress.IsPostgres(shard))
            {
                throw new InputException($"{shard}: shards recorded into PostgreSQL are one run already (every shard records into that one database); lab merge joins SQLite shard files");
            }

            var path = Path.GetFullPath(shard);
            var identity = Identity(path);
            if (identity == outFile)
            {
                throw new InputException($"{shard}: that is {output}, the file merged into; merge into another file");
            }

            if (Directory.Exists(path))
            {
                throw new InputException($"{shard}: that is a folder; give the shard's database file");
            }

            if (!File.Exists(path))
            {
                throw new InputException($"{shard}: no such file");
            }

            if (!seen.TryAdd(identity, shard))
            {
                throw new InputException($"{shard}: given twice (as {seen[identity]} too); give each shard's file once");
            }

            paths.Add(path);
        }

        return (outPath, paths);
    }

    /// <summary>OUT.db goes into a folder that exists, and is a SQLite file if it is there already (said here, not as <c>--db</c>'s problem).</summary>
    private static void CheckOutput(string output, string path)
    {
        if (Directory.Exists(path))
        {
            throw new InputException($"{output}: that is a folder; give the file to merge into (OUT.db)");
        }

        var folder = Path.GetDirectoryName(path)!;
        if (!Directory.Exists(folder))
        {
            throw new InputException($"{output}: folder {folder} does not exist; create it or merge into another file");
        }

        if (File.Exists(path) && new FileInfo(path).Length > 0 && !HasSqliteHeader(path))
        {
            throw new InputException($"{output}: not a SQLite database; merge into another file (OUT.db is created when missing)");
        }
    }

    private static bool HasSqliteHeader(string path)
    {
        Span<byte> header = stackalloc byte[16];
        using var file = File.OpenRead(path);
        return file.ReadAtLeast(header, header.Length, throwOnEndOfStream: false) == header.Length && header.SequenceEqual("SQLite format 3\0"u8);
    }

    /// <summary>The file a path ends at, symbolic links followed.</summary>
    private static string Identity(string path) =>
        File.Exists(path) && new FileInfo(path).ResolveLinkTarget(returnFinalTarget: true) is { } target ? Path.GetFullPath(target.FullName) : path;
}
