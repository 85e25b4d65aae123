using UsabilityLab.Core.Events;
using UsabilityLab.Core.Signals;

namespace UsabilityLab.Core.Heatmaps;

/// <summary>Clicks on one element of a page, with the frustration signals that point at it.</summary>
/// <param name="Selector">The recorder's stable selector.</param>
/// <param name="Text">Visible text of the element (most recent click).</param>
/// <param name="Clicks">Clicks on the element.</param>
/// <param name="Share">Clicks / all clicks on the page (0–1).</param>
/// <param name="RageClicks">Rage-click bursts starting on the element.</param>
/// <param name="DeadClicks">Dead clicks on the element.</param>
/// <param name="ErrorClicks">Error clicks on the element.</param>
/// <param name="Box">The element's box at its most recent click, when recorded.</param>
/// <param name="Interactive">Whether the recorder saw the element as interactive (link, button, control…).</param>
public sealed record ElementClicks(string Selector, string? Text, int Clicks, double Share, int RageClicks, int DeadClicks, int ErrorClicks, ElementBox? Box, bool? Interactive);
