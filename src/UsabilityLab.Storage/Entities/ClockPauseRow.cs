namespace UsabilityLab.Storage.Entities;

/// <summary>A span during which the moderator paused the task clock (time on task excludes it).</summary>
internal sealed class ClockPauseRow
{
    public long Id { get; set; }
    public long SessionId { get; set; }
    public long? AttemptId { get; set; }
    public double StartMs { get; set; }
    public double EndMs { get; set; }
}
