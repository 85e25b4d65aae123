using UsabilityLab.Core.Analysis;
using UsabilityLab.Core.Heatmaps;
using UsabilityLab.Core.Metrics;
using UsabilityLab.Core.Signals;

namespace UsabilityLab.Reporting.Report;

/// <summary>A heatmap image with its page; <paramref name="BackdropNote"/> says what the page's picture leaves out
/// (only its first screen, cut at a height), when it does.</summary>
public sealed record HeatmapView(PageLayout Layout, string? PageTitle, string DataUri, int Clicks, int Participants, IReadOnlyList<ElementClicks> TopElements, string? BackdropNote = null)
{
    /// <summary>The view of the page the clicks were made in and the picture shows ("after 'Open dialog'"); null for
    /// the page as first seen.</summary>
    public string? View { get; init; }

}
