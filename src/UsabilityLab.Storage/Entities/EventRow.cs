using UsabilityLab.Core.Events;

namespace UsabilityLab.Storage.Entities;

/// <summary>Column-for-column twin of <see cref="RecordedEvent"/>; inserted in bulk by <c>EventWriter</c>, read by EF.</summary>
internal sealed class EventRow
{
    public long Id { get; set; }
    public long SessionId { get; set; }
    public long? AttemptId { get; set; }
    public EventKind Kind { get; set; }
    public double TimeMs { get; set; }
    public string? Url { get; set; }
    public double? X { get; set; }
    public double? Y { get; set; }
    public double? ViewportX { get; set; }
    public double? ViewportY { get; set; }
    public double? ScrollX { get; set; }
    public double? ScrollY { get; set; }
    public string? Selector { get; set; }
    public string? Tag { get; set; }
    public string? Text { get; set; }
    public bool? Interactive { get; set; }
    public int? Button { get; set; }
    public double? BoxX { get; set; }
    public double? BoxY { get; set; }
    public double? BoxWidth { get; set; }
    public double? BoxHeight { get; set; }
    public double? Value { get; set; }
    public string? Detail { get; set; }
    public int? ViewportWidth { get; set; }
}
