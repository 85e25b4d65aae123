namespace UsabilityLab.Core.Sessions;

/// <summary>
/// Where a moderated session writes what a scripted run does not have: notes, screen frames, clock pauses and
/// think-aloud audio. Storage implements it next to <see cref="IRunJournal"/>.
/// </summary>
public interface IModerationJournal
{
    /// <summary>Stores a note; returns its id.</summary>
    Task<long> AddNoteAsync(ModeratorNote note, CancellationToken cancellationToken);

    /// <summary>Stores one screen frame.</summary>
    Task SaveFrameAsync(ScreenFrame frame, CancellationToken cancellationToken);

    /// <summary>Stores a span during which the task clock was paused.</summary>
    Task AddPauseAsync(ClockPause pause, CancellationToken cancellationToken);

    /// <summary>Opens an audio clip that starts at <paramref name="startMs"/> on the session's timeline; returns its id.</summary>
    Task<long> StartAudioAsync(long sessionId, double startMs, string mimeType, CancellationToken cancellationToken);

    /// <summary>Appends one uploaded chunk; a chunk whose sequence number was already stored (a retry) is ignored.</summary>
    Task AppendAudioAsync(long clipId, int sequence, byte[] data, CancellationToken cancellationToken);

    /// <summary>Marks a clip as complete at <paramref name="endMs"/> on its session's timeline.</summary>
    Task FinishAudioAsync(long clipId, double endMs, CancellationToken cancellationToken);
}
