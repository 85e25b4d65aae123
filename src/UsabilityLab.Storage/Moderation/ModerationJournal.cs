using Microsoft.EntityFrameworkCore;
using UsabilityLab.Core.Sessions;
using UsabilityLab.Storage.Entities;

namespace UsabilityLab.Storage.Moderation;

/// <summary>
/// The database side of <see cref="IModerationJournal"/>: notes, screen frames, clock pauses and audio, each write in
/// its own short-lived context (the console, the screencast and the panel write concurrently).
/// </summary>
/// <param name="database">The database written to.</param>
/// <param name="time">The clock a note's and an audio clip's creation time is read from; <see cref="TimeProvider.System"/> when null.</param>
public sealed class ModerationJournal(LabDatabase database, TimeProvider? time = null) : IModerationJournal
{
    private readonly TimeProvider _time = time ?? TimeProvider.System;

    /// <inheritdoc />
    public async Task<long> AddNoteAsync(ModeratorNote note, CancellationToken cancellationToken)
    {
        await using var db = database.CreateContext();
        var row = new NoteRow
        {
            SessionId = note.SessionId,
            AttemptId = note.AttemptId,
            TimeMs = note.TimeMs,
            Tag = ModeratorNote.TagName(note.Tag),
            Severity = note.Severity,
            Text = note.Text,
            CreatedAt = _time.GetUtcNow(),
        };
        db.Notes.Add(row);
        await db.SaveChangesAsync(cancellationToken);
        return row.Id;
    }

    /// <inheritdoc />
    public async Task SaveFrameAsync(ScreenFrame frame, CancellationToken cancellationToken)
    {
        await using var db = database.CreateContext();
        db.Set<ScreenFrameRow>().Add(new ScreenFrameRow { SessionId = frame.SessionId, TimeMs = frame.TimeMs, Width = frame.Width, Height = frame.Height, Jpeg = frame.Jpeg });
        await db.SaveChangesAsync(cancellationToken);
    }

    /// <inheritdoc />
    public async Task AddPauseAsync(ClockPause pause, CancellationToken cancellationToken)
    {
        await using var db = database.CreateContext();
        db.Set<ClockPauseRow>().Add(new ClockPauseRow { SessionId = pause.SessionId, AttemptId = pause.AttemptId, StartMs = pause.StartMs, EndMs = pause.EndMs });
        await db.SaveChangesAsync(cancellationToken);
    }

    /// <inheritdoc />
    public async Task<long> StartAudioAsync(long sessionId, double startMs, string mimeType, CancellationToken cancellationToken)
    {
        await using var db = database.CreateContext();
        var row = new AudioClipRow { SessionId = sessionId, StartMs = startMs, MimeType = mimeType, CreatedAt = _time.GetUtcNow() };
        db.Set<AudioClipRow>().Add(row);
        await db.SaveChangesAsync(cancellationToken);
        return row.Id;
    }

    /// <inheritdoc />
    public async Task AppendAudioAsync(long clipId, int sequence, byte[] data, CancellationToken cancellationToken)
    {
        await using var db = database.CreateContext();
        if (await db.Set<AudioChunkRow>().AnyAsync(c => c.ClipId == clipId && c.Sequence == sequence, cancellationToken))
        {
            return;
        }

        db.Set<AudioChunkRow>().Add(new AudioChunkRow { ClipId = clipId, Sequence = sequence, Data = data });
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException)
        {
            // A concurrent retry of the same chunk may have won the race (unique index): then the bytes are stored once.
            if (!await ChunkExistsAsync(clipId, sequence, cancellationToken))
            {
                throw;
            }
        }
    }

    /// <inheritdoc />
    public async Task FinishAudioAsync(long clipId, double endMs, CancellationToken cancellationToken)
    {
        await using var db = database.CreateContext();
        await db.Set<AudioClipRow>().Where(c => c.Id == clipId).ExecuteUpdateAsync(set => set.SetProperty(c => c.EndMs, endMs), cancellationToken);
    }

    private async Task<bool> ChunkExistsAsync(long clipId, int sequence, CancellationToken cancellationToken)
    {
        await using var db = database.CreateContext();
        return await db.Set<AudioChunkRow>().AnyAsync(c => c.ClipId == clipId && c.Sequence == sequence, cancellationToken);
    }
}
