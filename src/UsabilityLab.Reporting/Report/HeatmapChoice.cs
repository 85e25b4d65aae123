using UsabilityLab.Core.Heatmaps;

namespace UsabilityLab.Reporting.Report;

/// <summary>One page view a viewer can show a task's heatmap for: its picture and activity, its most clicked elements and its signals.</summary>
/// <param name="Label">The page, its width and its view, as people read them ("/cart at 1280 px").</param>
/// <param name="Source">The picture and the clicks and moves on it.</param>
/// <param name="TopElements">The most clicked elements in this view.</param>
/// <param name="Markers">The signals whose click was made in this view.</param>
/// <param name="Clicks">Clicks in this view.</param>
/// <param name="Participants">Attempts with a click in this view.</param>
public sealed record HeatmapChoice(string Label, HeatmapSource Source, IReadOnlyList<ElementClicks> TopElements, IReadOnlyList<HeatmapMarker> Markers, int Clicks, int Participants);
