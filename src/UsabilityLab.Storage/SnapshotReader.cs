using Microsoft.EntityFrameworkCore;
using UsabilityLab.Core.Sessions;

namespace UsabilityLab.Storage;

/// <summary>Reads a run's page screenshots (heatmap backdrops) and the page archives still waiting to be painted.</summary>
public sealed class SnapshotReader(LabDatabase database)
{
    /// <summary>Every painted snapshot of run <paramref name="runId"/>, by page key then viewport width.</summary>
    public async Task<IReadOnlyList<PageSnapshot>> LoadAsync(long runId, CancellationToken ct = default)
    {
        await using var db = database.CreateContext();
        var rows = await db.PageSnapshots.AsNoTracking().Where(s => s.RunId == runId && s.Png != null).ToListAsync(ct);
        return rows
            .OrderBy(s => s.PageKey, StringComparer.Ordinal)
            .ThenBy(s => s.ViewportWidth)
            .Select(s => new PageSnapshot(s.PageKey, s.ViewportWidth, s.Width, s.Height, s.Title, s.Png!))
            .ToList();
    }

    /// <summary>The archives of run <paramref name="runId"/> not painted yet, with the row ids to store their backdrops under.</summary>
    public async Task<IReadOnlyList<(long Id, PageArchive Archive)>> UnpaintedAsync(long runId, CancellationToken ct = default)
    {
        await using var db = database.CreateContext();
        var rows = await db.PageSnapshots.AsNoTracking().Where(s => s.RunId == runId && s.Png == null && s.Archive != null).ToListAsync(ct);
        return rows
            .OrderBy(s => s.PageKey, StringComparer.Ordinal)
            .Select(s => (s.Id, new PageArchive(s.PageKey, s.ViewportWidth, s.ViewportHeight, ArchiveCompression.Decompress(s.Archive!))))
            .ToList();
    }
}
