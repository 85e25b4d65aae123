namespace UsabilityLab.Storage.Entities;

/// <summary>
/// One uploaded piece of a recording. The console uploads every second, so a crash loses at most a second of
/// audio; concatenated in order, the chunks are the WebM file MediaRecorder produced.
/// </summary>
internal sealed class AudioChunkRow
{
    public long Id { get; set; }
    public long ClipId { get; set; }
    public int Sequence { get; set; }
    public required byte[] Data { get; set; }
}
