using System.Collections.Concurrent;
using SkiaSharp;
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

    // Looked up for every heatmap and crop; the first screenshot of a layout wins, as it always has.
    private readonly Dictionary<PageLayout, PageSnapshot> _byLayout = snapshots
        .GroupBy(s => new PageLayout(s.PageKey, s.ViewportWidth))
        .ToDictionary(g => g.Key, g => g.First());

    /// <summary>The decoded screenshot of <paramref name="layout"/>, or null when the run has none.</summary>
    public PageBackdrop? For(PageLayout layout) =>
        _decoded.GetOrAdd(layout, key => new Lazy<PageBackdrop?>(() => Decode(key))).Value;

    /// <summary>
    /// Just the rows a heatmap crop shows, at its zoom (<see cref="PageBackdrop.Band"/>), for the caller to dispose; null
    /// when the whole screenshot is decoded already or cannot be decoded by rows: then use <see cref="For"/>.
    /// </summary>
    public PageBackdrop? Band(PageLayout layout, HeatmapOptions options)
    {
        if ((_decoded.TryGetValue(layout, out var decoded) && decoded.IsValueCreated) || Find(layout) is not { } snapshot)
        {
            return null;
        }

        return PageBackdrop.Band(snapshot, options.CropTop, options.CropTop + (options.CropHeight ?? PageGeometry.CssSize(snapshot).Height), options.Zoom);
    }

    /// <summary>
    /// The pixels of <paramref name="region"/> of <paramref name="layout"/>'s screenshot: cut from the decoded screenshot
    /// when a heatmap has decoded it already or its codec cannot decode a region alone, else decoded alone (a crop
    /// needs a sliver of a long page).
    /// </summary>
    public SKBitmap? Region(PageLayout layout, SKRectI region)
    {
        if (!(_decoded.TryGetValue(layout, out var decoded) && decoded.IsValueCreated)
            && Find(layout) is { } snapshot && ImageRegion.Decode(snapshot.Image, region) is { } alone)
        {
            return alone;
        }

        return For(layout) is { } backdrop ? ImageRegion.Cut(backdrop.Bitmap, region) : null;
    }

    /// <summary>The size of <paramref name="layout"/>'s screenshot as stored, or null when the run has none.</summary>
    public (int Width, int Height)? Size(PageLayout layout) => Find(layout) is { } s ? (s.Width, s.Height) : null;

    public void Dispose()
    {
        foreach (var backdrop in _decoded.Values.Where(b => b.IsValueCreated))
        {
            backdrop.Value?.Dispose();
        }
    }

    private PageBackdrop? Decode(PageLayout layout)
    {
        var snapshot = Find(layout);
        return snapshot is null ? null : new PageBackdrop(snapshot);
    }

    /// <summary>The screenshot of <paramref name="layout"/> as stored (not decoded), or null when the run has none.</summary>
    public PageSnapshot? Find(PageLayout layout) => _byLayout.GetValueOrDefault(layout);
}
