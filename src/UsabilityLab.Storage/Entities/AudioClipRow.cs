namespace UsabilityLab.Storage.Entities;

/// <summary>A think-aloud recording; its bytes are the <see cref="AudioChunkRow"/>s in sequence order.</summary>
internal sealed class AudioClipRow
{
    public long Id { get; set; }
    public long SessionId { get; set; }

    /// <summary>Session time of the recording's first sample.</summary>
    public double StartMs { get; set; }

    /// <summary>Session time it stopped; null while recording or when it was cut off.</summary>
    public double? EndMs { get; set; }
    public required string MimeType { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
}
