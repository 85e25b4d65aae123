using Microsoft.EntityFrameworkCore;
using UsabilityLab.Core.Sessions;

namespace UsabilityLab.Storage;

/// <summary>Reads a run's page screenshots (heatmap backdrops).</summary>
public sealed class SnapshotReader(LabDatabase database)
{
    /// <summary>Every snapshot of run <paramref name="runId"/>, by page key then viewport width.</summary>
    public async Task<IReadOnlyList<PageSnapshot>> LoadAsync(long runId, CancellationToken ct = default)
    {
        await using var db = database.CreateContext();
        var rows = await db.PageSnapshots.AsNoTracking().Where(s => s.RunId == runId).ToListAsync(ct);
        return rows
            .OrderBy(s => s.PageKey, StringComparer.Ordinal)
            .ThenBy(s => s.ViewportWidth)
            .Select(s => new PageSnapshot(s.PageKey, s.ViewportWidth, s.Width, s.Height, s.Title, s.Png))
            .ToList();
    }
}
