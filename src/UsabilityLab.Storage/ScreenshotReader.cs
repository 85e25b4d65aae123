using Microsoft.EntityFrameworkCore;
using UsabilityLab.Core.Sessions;

namespace UsabilityLab.Storage;

/// <summary>Reads a run's page screenshots (heatmap backdrops) and the page archives still waiting to be painted.</summary>
public sealed class ScreenshotReader(LabDatabase database)
{
    /// <summary>Every painted snapshot of run <paramref name="runId"/>, by page key, viewport width, then the order they
    /// were kept in (a page's first picture first: it stands for its views without one).</summary>
    public async Task<IReadOnlyList<PageScreenshot>> LoadAsync(long runId, CancellationToken ct = default)
    {
        await using var db = database.CreateContext();
        var rows = await db.PageSnapshots.AsNoTracking().Where(s => s.RunId == runId && s.Png != null).ToListAsync(ct);
        return rows
            .OrderBy(s => s.PageKey, StringComparer.Ordinal)
            .ThenBy(s => s.ViewportWidth)
            .ThenBy(s => s.Id)
            .Select(s => new PageScreenshot(s.PageKey, s.ViewportWidth, s.Width, s.Height, s.Title, s.Png!, s.Note) { State = s.State })
            .ToList();
    }

    /// <summary>
    /// Up to <paramref name="take"/> archives of run <paramref name="runId"/> not painted yet, with row ids above
    /// <paramref name="afterId"/> (an archive holds a whole page: a run's are read a few at a time), by row id.
    /// </summary>
    public async Task<IReadOnlyList<(long Id, PageArchive Archive)>> UnpaintedAsync(long runId, long afterId = 0, int take = int.MaxValue, CancellationToken ct = default)
    {
        await using var db = database.CreateContext();
        var rows = await Unpainted(db, runId).AsNoTracking()
            .Where(s => s.Id > afterId)
            .OrderBy(s => s.Id)
            .Take(take)
            .ToListAsync(ct);
        return [.. rows.Select(s => (s.Id, new PageArchive(s.PageKey, s.ViewportWidth, s.ViewportHeight, ArchiveCompression.Decompress(s.Archive!)) { State = s.State }))];
    }

    /// <summary>How many archives of run <paramref name="runId"/> are not painted yet.</summary>
    public async Task<int> UnpaintedCountAsync(long runId, CancellationToken ct = default)
    {
        await using var db = database.CreateContext();
        return await Unpainted(db, runId).CountAsync(ct);
    }

    /// <summary>Rows of run <paramref name="runId"/> that hold an archive and no picture yet.</summary>
    private static IQueryable<Entities.PageSnapshotRow> Unpainted(LabDbContext db, long runId) =>
        db.PageSnapshots.Where(s => s.RunId == runId && s.Png == null && s.Archive != null);
}
