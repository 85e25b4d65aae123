using System.Text.Json;
using System.Text.Json.Serialization;

namespace UsabilityLab.Core.Metrics;

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
