using System.Runtime.CompilerServices;
using Microsoft.EntityFrameworkCore;
using UsabilityLab.Core.Sessions;
using UsabilityLab.Storage.Entities;

namespace UsabilityLab.Storage.Moderation;

/// <summary>Reads what moderated sessions stored: notes, screen frames, clock pauses and audio.</summary>
public sealed class ModerationReader(LabDatabase database)
{
    /// <summary>The run's sessions with their participant, in the order they were recorded.</summary>
    public async Task<IReadOnlyList<SessionRef>> SessionsAsync(long runId, CancellationToken ct = default)
    {
        await using var db = database.CreateContext();
        return await db.Sessions.AsNoTracking().Where(s => s.RunId == runId).OrderBy(s => s.Id)
            .Select(s => new SessionRef(s.Id, s.Participant!.Label, s.Status, s.EndReason))
            .ToListAsync(ct);
    }

    /// <summary>Every note of the run, by session and time.</summary>
    public async Task<IReadOnlyList<ModeratorNote>> NotesAsync(long runId, CancellationToken ct = default)
    {
        await using var db = database.CreateContext();
        var rows = await db.Notes.AsNoTracking().Where(n => SessionIds(db, runId).Contains(n.SessionId)).ToListAsync(ct);
        return rows.OrderBy(n => n.SessionId).ThenBy(n => n.TimeMs)
            .Select(n => new ModeratorNote(n.SessionId, n.AttemptId, n.TimeMs, ModeratorNote.TryParseTag(n.Tag, out var tag) ? tag : NoteTag.Issue, n.Severity, n.Text) { Id = n.Id })
            .ToList();
    }

    /// <summary>Number of stored frames and their total size per session of the run.</summary>
    public async Task<IReadOnlyDictionary<long, (int Count, long Bytes)>> FrameTotalsAsync(long runId, CancellationToken ct = default)
    {
        await using var db = database.CreateContext();
        var totals = await db.Set<ScreenFrameRow>().Where(f => SessionIds(db, runId).Contains(f.SessionId))
            .GroupBy(f => f.SessionId)
            .Select(g => new { g.Key, Count = g.Count(), Bytes = g.Sum(f => (long)f.Jpeg.Length) })
            .ToListAsync(ct);
        return totals.ToDictionary(t => t.Key, t => (t.Count, t.Bytes));
    }

    /// <summary>A session's frames in time order, one at a time (a long session holds many megabytes).</summary>
    public async IAsyncEnumerable<ScreenFrame> FramesAsync(long sessionId, [EnumeratorCancellation] CancellationToken ct = default)
    {
        await using var db = database.CreateContext();
        var rows = db.Set<ScreenFrameRow>().AsNoTracking().Where(f => f.SessionId == sessionId).OrderBy(f => f.TimeMs).ThenBy(f => f.Id).AsAsyncEnumerable();
        await foreach (var row in rows.WithCancellation(ct))
        {
            yield return new ScreenFrame(row.SessionId, row.TimeMs, row.Width, row.Height, row.Jpeg);
        }
    }

    /// <summary>What the participant saw at <paramref name="timeMs"/>: the latest frame at or before it, else the first after.</summary>
    public async Task<ScreenFrame?> FrameAtAsync(long sessionId, double timeMs, CancellationToken ct = default)
    {
        await using var db = database.CreateContext();
        var frames = db.Set<ScreenFrameRow>().AsNoTracking().Where(f => f.SessionId == sessionId);
        var row = await frames.Where(f => f.TimeMs <= timeMs).OrderByDescending(f => f.TimeMs).FirstOrDefaultAsync(ct)
            ?? await frames.OrderBy(f => f.TimeMs).FirstOrDefaultAsync(ct);
        return row is null ? null : new ScreenFrame(row.SessionId, row.TimeMs, row.Width, row.Height, row.Jpeg);
    }

    /// <summary>The frames of <paramref name="sessionIds"/> in time order, without their bytes (a replay's index).</summary>
    public async Task<IReadOnlyList<FrameStamp>> FrameStampsAsync(IReadOnlyCollection<long> sessionIds, CancellationToken ct = default)
    {
        await using var db = database.CreateContext();
        return await db.Set<ScreenFrameRow>().AsNoTracking().Where(f => sessionIds.Contains(f.SessionId))
            .OrderBy(f => f.SessionId).ThenBy(f => f.TimeMs).ThenBy(f => f.Id)
            .Select(f => new FrameStamp(f.Id, f.SessionId, f.TimeMs))
            .ToListAsync(ct);
    }

    /// <summary>One stored frame by its id, or null.</summary>
    public async Task<ScreenFrame?> FrameAsync(long frameId, CancellationToken ct = default)
    {
        await using var db = database.CreateContext();
        var row = await db.Set<ScreenFrameRow>().AsNoTracking().FirstOrDefaultAsync(f => f.Id == frameId, ct);
        return row is null ? null : new ScreenFrame(row.SessionId, row.TimeMs, row.Width, row.Height, row.Jpeg);
    }

    /// <summary>The think-aloud clips of <paramref name="sessionIds"/> in time order, without their bytes.</summary>
    public async Task<IReadOnlyList<AudioSpan>> AudioSpansAsync(IReadOnlyCollection<long> sessionIds, CancellationToken ct = default)
    {
        await using var db = database.CreateContext();
        return await db.Set<AudioClipRow>().AsNoTracking().Where(c => sessionIds.Contains(c.SessionId))
            .OrderBy(c => c.StartMs).ThenBy(c => c.Id)
            .Select(c => new AudioSpan(c.Id, c.SessionId, c.StartMs, c.EndMs, c.MimeType))
            .ToListAsync(ct);
    }

    /// <summary>One think-aloud clip with its bytes, or null.</summary>
    public async Task<AudioClip?> AudioClipAsync(long clipId, CancellationToken ct = default)
    {
        await using var db = database.CreateContext();
        if (await db.Set<AudioClipRow>().AsNoTracking().FirstOrDefaultAsync(c => c.Id == clipId, ct) is not { } clip)
        {
            return null;
        }

        return new AudioClip(clip.Id, clip.SessionId, clip.StartMs, clip.EndMs, clip.MimeType, await BytesOfAsync(db, clip.Id, ct));
    }

    /// <summary>The run's think-aloud clips with their bytes assembled from the uploaded chunks.</summary>
    public async Task<IReadOnlyList<AudioClip>> AudioAsync(long runId, CancellationToken ct = default)
    {
        await using var db = database.CreateContext();
        var clips = await db.Set<AudioClipRow>().AsNoTracking().Where(c => SessionIds(db, runId).Contains(c.SessionId)).OrderBy(c => c.Id).ToListAsync(ct);
        var result = new List<AudioClip>(clips.Count);
        foreach (var clip in clips)
        {
            result.Add(new AudioClip(clip.Id, clip.SessionId, clip.StartMs, clip.EndMs, clip.MimeType, await BytesOfAsync(db, clip.Id, ct)));
        }

        return result;
    }

    /// <summary>Every clock pause of the run.</summary>
    public async Task<IReadOnlyList<ClockPause>> PausesAsync(long runId, CancellationToken ct = default)
    {
        await using var db = database.CreateContext();
        var rows = await db.Set<ClockPauseRow>().AsNoTracking().Where(p => SessionIds(db, runId).Contains(p.SessionId)).OrderBy(p => p.Id).ToListAsync(ct);
        return rows.Select(p => new ClockPause(p.SessionId, p.AttemptId, p.StartMs, p.EndMs)).ToList();
    }

    /// <summary>Paused milliseconds per attempt: subtract from <c>EndMs - StartMs</c> for time on task.</summary>
    public async Task<IReadOnlyDictionary<long, double>> PausedMsByAttemptAsync(long runId, CancellationToken ct = default) =>
        (await PausesAsync(runId, ct)).Where(p => p.AttemptId is not null)
            .GroupBy(p => p.AttemptId!.Value)
            .ToDictionary(g => g.Key, g => g.Sum(p => p.DurationMs));

    /// <summary>A clip's bytes: its uploaded chunks in sequence order.</summary>
    private static async Task<byte[]> BytesOfAsync(LabDbContext db, long clipId, CancellationToken ct)
    {
        var chunks = await db.Set<AudioChunkRow>().AsNoTracking().Where(c => c.ClipId == clipId).OrderBy(c => c.Sequence).Select(c => c.Data).ToListAsync(ct);
        return [.. chunks.SelectMany(c => c)];
    }

    private static IQueryable<long> SessionIds(LabDbContext db, long runId) => db.Sessions.Where(s => s.RunId == runId).Select(s => s.Id);
}
