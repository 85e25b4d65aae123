using System.Text.Json;
using System.Text.Json.Serialization;

namespace UsabilityLab.Core.Metrics;

/// <summary>A closed interval <c>[Low, High]</c>, typically a confidence interval. Serializes to JSON as <c>[low, high]</c>.</summary>
[JsonConverter(typeof(IntervalJsonConverter))]
public readonly record struct Interval
{
    /// <summary>Creates an interval.</summary>
    /// <param name="low">Lower bound.</param>
    /// <param name="high">Upper bound; must not be below <paramref name="low"/>.</param>
    /// <exception cref="ArgumentOutOfRangeException">A bound is NaN or <paramref name="high"/> &lt; <paramref name="low"/>.</exception>
    public Interval(double low, double high)
    {
        // "!(low <= high)" also rejects NaN, which would otherwise slip through as an "empty" interval.
        if (double.IsNaN(low) || !(low <= high))
        {
            throw new ArgumentOutOfRangeException(nameof(high), $"Interval bounds must satisfy low <= high (got {low}, {high}).");
        }

        Low = low;
        High = high;
    }

    /// <summary>Lower bound.</summary>
    public double Low { get; }

    /// <summary>Upper bound.</summary>
    public double High { get; }

    /// <summary><c>High − Low</c>.</summary>
    public double Width => High - Low;

    /// <summary>True when <paramref name="value"/> lies within the closed interval.</summary>
    public bool Contains(double value) => value >= Low && value <= High;

    /// <summary>The interval with both bounds clipped to <c>[min, max]</c>.</summary>
    public Interval Clip(double min, double max) => new(Math.Clamp(Low, min, max), Math.Clamp(High, min, max));

    /// <inheritdoc />
    public override string ToString() =>
        string.Create(System.Globalization.CultureInfo.InvariantCulture, $"[{Low}, {High}]");
}
