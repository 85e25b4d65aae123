using UsabilityLab.Core.Events;

namespace UsabilityLab.Core.Signals;

/// <summary>One stay on one page: from arriving (a navigation to a different page) to leaving.</summary>
/// <param name="Url">URL the page was reached at.</param>
/// <param name="Key">Page key (URL without query and fragment).</param>
/// <param name="Navigation">The navigation that started the visit; null when the events begin mid-page.</param>
/// <param name="ArrivedMs">Session time of arrival.</param>
/// <param name="Events">Every event of the visit, the navigation included, in time order.</param>
public sealed record PageVisit(string? Url, string? Key, RecordedEvent? Navigation, double ArrivedMs, IReadOnlyList<RecordedEvent> Events);
