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

/// <summary>Reads and writes <see cref="Interval"/> as a two-element JSON array, the shape report consumers expect.</summary>
public sealed class IntervalJsonConverter : JsonConverter<Interval>
{
    /// <inheritdoc />
    public override Interval Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        if (reader.TokenType != JsonTokenType.StartArray)
        {
            throw new JsonException("An interval must be a JSON array [low, high].");
        }

        var bounds = new double[2];
        for (var i = 0; i < 2; i++)
        {
            if (!reader.Read() || reader.TokenType != JsonTokenType.Number)
            {
                throw new JsonException("An interval must hold exactly two numbers [low, high].");
            }

            bounds[i] = reader.GetDouble();
        }

        if (!reader.Read() || reader.TokenType != JsonTokenType.EndArray)
        {
            throw new JsonException("An interval must hold exactly two numbers [low, high].");
        }

        return new Interval(bounds[0], bounds[1]);
    }

    /// <inheritdoc />
    public override void Write(Utf8JsonWriter writer, Interval value, JsonSerializerOptions options)
    {
        writer.WriteStartArray();
        writer.WriteNumberValue(value.Low);
        writer.WriteNumberValue(value.High);
        writer.WriteEndArray();
    }
}
