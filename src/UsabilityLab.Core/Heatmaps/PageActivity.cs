using UsabilityLab.Core.Events;

namespace UsabilityLab.Core.Heatmaps;

/// <summary>What happened on one page layout: the raw material of its heatmaps.</summary>
/// <param name="Layout">Page and viewport width.</param>
/// <param name="Clicks">Pointer clicks with document coordinates (keyboard-triggered clicks excluded).</param>
/// <param name="Moves">Mouse-move samples with document coordinates.</param>
/// <param name="Scrolls">Scroll events.</param>
/// <param name="Sessions">Sessions that had any event on the page.</param>
public sealed record PageActivity(
    PageLayout Layout,
    IReadOnlyList<RecordedEvent> Clicks,
    IReadOnlyList<RecordedEvent> Moves,
    IReadOnlyList<RecordedEvent> Scrolls,
    IReadOnlyList<long> Sessions)
{
    /// <summary>Click positions as heat points.</summary>
    public IEnumerable<HeatPoint> ClickPoints => Clicks.Select(e => new HeatPoint(e.X!.Value, e.Y!.Value));

    /// <summary>Mouse positions as heat points.</summary>
    public IEnumerable<HeatPoint> MovePoints => Moves.Select(e => new HeatPoint(e.X!.Value, e.Y!.Value));
}
