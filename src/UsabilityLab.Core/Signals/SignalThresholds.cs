namespace UsabilityLab.Core.Signals;

/// <summary>
/// Detector thresholds. The defaults are the conventions used by session-replay tools (rage and dead clicks) and
/// this project's documented choices where no convention exists; docs/metrics.md gives the reasoning for each.
/// </summary>
public sealed record SignalThresholds
{
    /// <summary>The defaults.</summary>
    public static SignalThresholds Default { get; } = new();

    /// <summary>Clicks needed for a rage burst (default 3).</summary>
    public int RageClickCount { get; init => field = value >= 2 ? value : throw new ArgumentOutOfRangeException(nameof(value), "A rage burst needs at least 2 clicks."); } = 3;

    /// <summary>Maximum distance in CSS px between consecutive clicks of a rage burst (default 30).</summary>
    public double RageClickRadiusPx { get; init => field = Positive(value); } = 30;

    /// <summary>Maximum time between consecutive clicks of a rage burst, ms (default 1000).</summary>
    public double RageClickIntervalMs { get; init => field = Positive(value); } = 1000;

    /// <summary>Time after a click within which the page must react, or the click is dead, ms (default 1500).</summary>
    public double DeadClickWindowMs { get; init => field = Positive(value); } = 1500;

    /// <summary>
    /// Time after a click into a field within which typing into that field (before any other click) shows the click
    /// was not dead, ms (default 10000): people read, think or look at the keyboard before they type.
    /// </summary>
    public double TypingAfterClickMs { get; init => field = Positive(value); } = 10_000;

    /// <summary>Time after a click within which an error makes it an error click, ms (default 1000).</summary>
    public double ErrorClickWindowMs { get; init => field = Positive(value); } = 1000;

    /// <summary>Maximum time on a page before returning to the previous one for a quick back, ms (default 5000).</summary>
    public double QuickBackWindowMs { get; init => field = Positive(value); } = 5000;

    /// <summary>Scroll direction changes on one page visit above which scrolling is excessive (default 6).</summary>
    public int MaxScrollDirectionChanges { get; init => field = value >= 0 ? value : throw new ArgumentOutOfRangeException(nameof(value), "Must not be negative."); } = 6;

    /// <summary>Time from arriving on a page to the first click at or above which the visit counts as hesitation, ms (default 10000).</summary>
    public double HesitationMs { get; init => field = Positive(value); } = 10_000;

    private static double Positive(double value) =>
        value > 0 && double.IsFinite(value) ? value : throw new ArgumentOutOfRangeException(nameof(value), $"Thresholds must be positive, got {value}.");
}
