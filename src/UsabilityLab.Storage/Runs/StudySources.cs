using Microsoft.EntityFrameworkCore;

namespace UsabilityLab.Storage.Runs;

/// <summary>Where the study files of recorded runs came from.</summary>
public sealed class StudySources(LabDatabase database)
{
    /// <summary>
    /// The paths the study named <paramref name="studyName"/> was recorded from, the latest version's first (a study
    /// file edited between runs is one study with several versions); empty when none came from a file.
    /// </summary>
    public async Task<IReadOnlyList<string>> PathsAsync(string studyName, CancellationToken ct = default)
    {
        await using var db = database.CreateContext();
        var paths = await db.Studies.AsNoTracking().Where(s => s.Name == studyName && s.SourcePath != null)
            .OrderByDescending(s => s.Id).Select(s => s.SourcePath!).ToListAsync(ct);
        return [.. paths.Distinct(StringComparer.Ordinal)];
    }

    /// <summary>The target of the study's latest run, as it recorded it; null when it has no run.</summary>
    public async Task<string?> LatestTargetAsync(string studyName, CancellationToken ct = default)
    {
        await using var db = database.CreateContext();
        return await db.Runs.AsNoTracking().Where(r => r.Study!.Name == studyName).OrderByDescending(r => r.Id).Select(r => r.Target).FirstOrDefaultAsync(ct);
    }
}
