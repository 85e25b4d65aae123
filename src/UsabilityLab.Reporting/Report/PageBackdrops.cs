using System.Collections.Concurrent;
using SkiaSharp;
using UsabilityLab.Core.Heatmaps;
using UsabilityLab.Core.Sessions;
using UsabilityLab.Reporting.Heatmaps;

namespace UsabilityLab.Reporting.Report;

/// <summary>
/// The run's page screenshots, each decoded at most once and only when first needed, shared by the click heatmaps and
/// the signal crops of all task sections (which are built in parallel, hence the thread-safe lazy cache). A layout may
/// have pictures of several views (<see cref="UiStates"/>); its first stands for the views without one.
/// </summary>
internal sealed class PageBackdrops(IReadOnlyList<PageScreenshot> snapshots) : IDisposable
{
    private readonly ConcurrentDictionary<PageScreenshot, Lazy<PageBackdrop?>> _decoded = new(ReferenceEqualityComparer.Instance);

    // Looked up for every heatmap and crop; in the order they were kept, so the layout's first picture comes first.
    private readonly Dictionary<PageLayout, PageScreenshot[]> _byLayout = snapshots
        .GroupBy(s => new PageLayout(s.PageKey, s.ViewportWidth))
        .ToDictionary(g => g.Key, g => g.ToArray());

    /// <summary>The views of <paramref name="layout"/> with a picture, its first picture's first; empty without one.</summary>
    public IReadOnlyList<string> Pictured(PageLayout layout) =>
        _byLayout.TryGetValue(layout, out var all) ? [.. all.Select(s => s.State)] : [];

    /// <summary>The decoded screenshot of <paramref name="layout"/> in view <paramref name="state"/>, or null when the run has none.</summary>
    public PageBackdrop? For(PageLayout layout, string state = "") =>
        Find(layout, state) is { } snapshot ? _decoded.GetOrAdd(snapshot, key => new Lazy<PageBackdrop?>(() => new PageBackdrop(key))).Value : null;

    /// <summary>
    /// Just the rows a heatmap crop shows, at its zoom (<see cref="PageBackdrop.Band"/>), for the caller to dispose; null
    /// when the whole screenshot is decoded already or cannot be decoded by rows: then use <see cref="For"/>.
    /// </summary>
    public PageBackdrop? Band(PageLayout layout, HeatmapOptions options, string state = "")
    {
        if (Find(layout, state) is not { } snapshot || (_decoded.TryGetValue(snapshot, out var decoded) && decoded.IsValueCreated))
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
    public SKBitmap? Region(PageLayout layout, SKRectI region, string state = "")
    {
        if (Find(layout, state) is { } snapshot && !(_decoded.TryGetValue(snapshot, out var decoded) && decoded.IsValueCreated)
            && ImageRegion.Decode(snapshot.Image, region) is { } alone)
        {
            return alone;
        }

        return For(layout, state) is { } backdrop ? ImageRegion.Cut(backdrop.Bitmap, region) : null;
    }

    /// <summary>The size of <paramref name="layout"/>'s screenshot as stored, or null when the run has none.</summary>
    public (int Width, int Height)? Size(PageLayout layout, string state = "") => Find(layout, state) is { } s ? (s.Width, s.Height) : null;

    public void Dispose()
    {
        foreach (var backdrop in _decoded.Values.Where(b => b.IsValueCreated))
        {
            backdrop.Value?.Dispose();
        }
    }

    /// <summary>
    /// The screenshot of <paramref name="layout"/> in view <paramref name="state"/> as stored (not decoded): that view's
    /// picture, else the layout's first; null when the run has none.
    /// </summary>
    public PageScreenshot? Find(PageLayout layout, string state = "") =>
        _byLayout.TryGetValue(layout, out var all) ? Array.Find(all, s => s.State == state) ?? all[0] : null;
}
