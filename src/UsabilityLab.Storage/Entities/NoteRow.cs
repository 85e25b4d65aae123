namespace UsabilityLab.Storage.Entities;

/// <summary>A moderator's note, timestamped on the session's event timeline.</summary>
internal sealed class NoteRow
{
    public long Id { get; set; }
    public long SessionId { get; set; }
    public long? AttemptId { get; set; }
    public double TimeMs { get; set; }
    public required string Tag { get; set; }
    public int Severity { get; set; }
    public required string Text { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
}
