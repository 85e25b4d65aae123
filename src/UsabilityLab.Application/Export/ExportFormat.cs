namespace UsabilityLab.Application.Export;

/// <summary>The files an export writes.</summary>
public enum ExportFormat
{
    /// <summary>One CSV file per table: attempts, events, signals, answers.</summary>
    Csv,

    /// <summary>The same tables in one JSON file.</summary>
    Json,

    /// <summary>Moderated sessions' screen frames and think-aloud audio (and MP4s with ffmpeg).</summary>
    Frames,
}
