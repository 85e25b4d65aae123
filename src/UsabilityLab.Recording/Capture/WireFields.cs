using System.Text.Json;

namespace UsabilityLab.Recording.Capture;

/// <summary>Positional access to one wire event <c>[code, dt, …fields]</c>; fields past its end (trimmed) read as null.</summary>
internal readonly struct WireFields(JsonElement entry)
{
    public int Count { get; } = entry.GetArrayLength();

    public double? Number(int index) => Has(index) && entry[index].ValueKind == JsonValueKind.Number ? entry[index].GetDouble() : null;

    public int? Integer(int index) => Has(index) && entry[index].ValueKind == JsonValueKind.Number ? entry[index].GetInt32() : null;

    public string? Text(int index) => Has(index) && entry[index].ValueKind == JsonValueKind.String ? entry[index].GetString() : null;

    private bool Has(int index) => index < Count;
}
