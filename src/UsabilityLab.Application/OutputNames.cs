using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace UsabilityLab.Application;

/// <summary>
/// Names for what commands write about a run, by database and run (<c>demo-3fa2c1-run-4</c>): two databases' run 4
/// share an output folder without replacing each other's files, even when both files are called <c>lab.db</c>.
/// </summary>
public static class OutputNames
{
    /// <summary>The database's name (its file's, or the PostgreSQL database's), a short hash of where it is, and the run.</summary>
    public static string Of(LabStore store, long runId)
    {
        var database = store.Database;
        var hash = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(database.Location)))[..6];
        return string.Create(CultureInfo.InvariantCulture, $"{FileNameSafe(database.Name)}-{hash}-run-{runId}");
    }

    /// <summary>A PostgreSQL database's name may hold what a file name must not ('/'); a file's name is kept as it is.</summary>
    private static string FileNameSafe(string name) =>
        string.Concat(name.Select(c => Path.GetInvalidFileNameChars().Contains(c) ? '_' : c));
}
