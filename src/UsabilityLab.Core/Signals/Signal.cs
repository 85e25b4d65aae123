using UsabilityLab.Core.Events;

namespace UsabilityLab.Core.Signals;

/// <summary>
/// One detected signal. It keeps the events it was derived from so that a report can point at the element
/// and the moment, and so that anyone doubting a number can look at the evidence.
/// </summary>
/// <param name="Kind">What was detected.</param>
/// <param name="Url">Page the signal is about (for a quick back: the page that was left).</param>
/// <param name="Selector">Element involved (for a quick back: the element clicked to get to the page that was left).</param>
/// <param name="Text">Visible text of that element.</param>
/// <param name="TimeMs">Session time of the signal (its first click, or the moment it became evident).</param>
/// <param name="X">Document x of the click involved, when the signal is tied to a point on <paramref name="Url"/>.</param>
/// <param name="Y">Document y of that click.</param>
/// <param name="Evidence">The events the signal was derived from, in time order.</param>
public sealed record Signal(
    SignalKind Kind,
    string? Url,
    string? Selector,
    string? Text,
    double TimeMs,
    double? X,
    double? Y,
    IReadOnlyList<RecordedEvent> Evidence)
{
    /// <summary>
    /// Size of the signal in its own unit: clicks in a rage burst, scroll direction changes,
    /// milliseconds on the page before a quick back, milliseconds of hesitation. Null for dead and error clicks.
    /// </summary>
    public double? Value { get; init; }

    /// <summary>Task attempt of the first evidence event that has one (ties the signal to a task).</summary>
    public long? AttemptId => Evidence.FirstOrDefault(e => e.AttemptId is not null)?.AttemptId;
}
