using System.Globalization;
using UsabilityLab.Core.Signals;

namespace UsabilityLab.Reporting.Report;

/// <summary>What a group of signals means, in one sentence for the task section.</summary>
public static class SignalText
{
    public static string Label(SignalKind kind) => kind switch
    {
        SignalKind.RageClick => "Rage click",
        SignalKind.DeadClick => "Dead click",
        SignalKind.ErrorClick => "Error click",
        SignalKind.QuickBack => "Quick back",
        SignalKind.ExcessiveScrolling => "Excessive scrolling",
        _ => "Hesitation",
    };

    public static string Describe(SignalKind kind, IReadOnlyList<Signal> signals)
    {
        var inv = CultureInfo.InvariantCulture;
        return kind switch
        {
            SignalKind.RageClick => string.Create(inv, $"Bursts of {signals.Average(s => s.Value ?? 3):0.#} clicks on average within 1 s on the same spot."),
            SignalKind.DeadClick => "No reaction within 1.5 s: no page change, navigation or focus move.",
            SignalKind.ErrorClick => "A JavaScript or network error followed within 1 s: " + (signals[0].Evidence.FirstOrDefault(e => e.Detail is not null && !e.IsClick)?.Detail ?? "see the events"),
            SignalKind.QuickBack => string.Create(inv, $"Back to the previous page after {signals.Average(s => s.Value ?? 0) / 1000:0.0} s on average."),
            SignalKind.ExcessiveScrolling => string.Create(inv, $"{signals.Average(s => s.Value ?? 0):0} scroll direction changes on average."),
            _ => string.Create(inv, $"{signals.Average(s => s.Value ?? 0) / 1000:0.0} s on average before the first click."),
        };
    }
}
