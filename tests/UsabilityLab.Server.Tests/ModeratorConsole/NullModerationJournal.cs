using UsabilityLab.Core.Sessions;

namespace UsabilityLab.Server.Tests.ModeratorConsole;

/// <summary>Nothing to store: for sessions that are never started.</summary>
internal sealed class NullModerationJournal : IModerationJournal
{
    public Task<long> AddNoteAsync(ModeratorNote note, CancellationToken cancellationToken) => Task.FromResult(1L);

    public Task SaveFrameAsync(ScreenFrame frame, CancellationToken cancellationToken) => Task.CompletedTask;

    public Task AddPauseAsync(ClockPause pause, CancellationToken cancellationToken) => Task.CompletedTask;

    public Task<long> StartAudioAsync(long sessionId, double startMs, string mimeType, CancellationToken cancellationToken) => Task.FromResult(1L);

    public Task AppendAudioAsync(long clipId, int sequence, byte[] data, CancellationToken cancellationToken) => Task.CompletedTask;

    public Task FinishAudioAsync(long clipId, double endMs, CancellationToken cancellationToken) => Task.CompletedTask;
}
