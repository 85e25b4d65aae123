using System.Collections.Concurrent;
using UsabilityLab.Core.Heatmaps;
using UsabilityLab.Core.Sessions;
using UsabilityLab.Reporting.Heatmaps;

namespace UsabilityLab.Reporting.Report;

/// <summary>
/// The run's page screenshots, each decoded at most once and only when first needed, shared by the click heatmaps and
/// the signal crops of all task sections (which are built in parallel, hence the thread-safe lazy cache).
/// </summary>
internal sealed class PageBackdrops(IReadOnlyList<PageSnapshot> snapshots) : IDisposable
{
    private readonly ConcurrentDictionary<PageLayout, Lazy<PageBackdrop?>> _decoded = new();

    /// <summary>The decoded screenshot of <paramref name="layout"/>, or null when the run has none.</summary>
    public PageBackdrop? For(PageLayout layout) =>
        _decoded.GetOrAdd(layout, key => new Lazy<PageBackdrop?>(() => Decode(key))).Value;

    public void Dispose()
    {
        foreach (var backdrop in _decoded.Values.Where(b => b.IsValueCreated))
        {
            backdrop.Value?.Dispose();
        }
    }

    private PageBackdrop? Decode(PageLayout layout)
    {
        var snapshot = snapshots.FirstOrDefault(s => s.PageKey == layout.PageKey && s.ViewportWidth == layout.ViewportWidth);
        return snapshot is null ? null : new PageBackdrop(snapshot);
    }
}
