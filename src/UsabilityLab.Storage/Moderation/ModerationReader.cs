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

    /// <summary>The run's think-aloud clips with their bytes assembled from the uploaded chunks.</summary>
    public async Task<IReadOnlyList<AudioClip>> AudioAsync(long runId, CancellationToken ct = default)
    {
        await using var db = database.CreateContext();
        var clips = await db.Set<AudioClipRow>().AsNoTracking().Where(c => SessionIds(db, runId).Contains(c.SessionId)).OrderBy(c => c.Id).ToListAsync(ct);
        var result = new List<AudioClip>(clips.Count);
        foreach (var clip in clips)
        {
            var chunks = await db.Set<AudioChunkRow>().AsNoTracking().Where(c => c.ClipId == clip.Id).OrderBy(c => c.Sequence).Select(c => c.Data).ToListAsync(ct);
            result.Add(new AudioClip(clip.Id, clip.SessionId, clip.StartMs, clip.EndMs, clip.MimeType, [.. chunks.SelectMany(c => c)]));
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

    private static IQueryable<long> SessionIds(LabDbContext db, long runId) => db.Sessions.Where(s => s.RunId == runId).Select(s => s.Id);
}
