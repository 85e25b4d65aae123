using UsabilityLab.Core.Events;
using UsabilityLab.Core.Signals;

namespace UsabilityLab.Core.Heatmaps;

/// <summary>Clicks of one view of a page layout, with the name a person reads for that view.</summary>
/// <param name="State">The view's structural hash (<see cref="EventKind.UiState"/>); the page's first picture's when
/// the clicks were made in views without a picture of their own.</param>
/// <param name="Name">What a person knows the view by ("after 'Open dialog'"); null for the page's first picture.</param>
/// <param name="Clicks">The clicks drawn on that view's picture.</param>
public sealed record ViewClicks(string State, string? Name, IReadOnlyList<RecordedEvent> Clicks);
