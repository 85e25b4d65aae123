using UsabilityLab.Core.Sessions;

namespace UsabilityLab.Recording.Moderation;

// Notes and think-aloud audio: both are placed on the current session's timeline by the wall-clock moment the
// moderator's browser reported (same machine, same clock), mapped through the session's clock like page events.
public sealed partial class ModeratedSession
{
    private long? _audioClip;
    private Capture.ParticipantClock? _audioClock;

    /// <summary>Stores a note at the moment it is about; returns its id.</summary>
    /// <exception cref="ModerationException">No session yet, severity outside 1–4, or an empty note.</exception>
    public async Task<long> AddNoteAsync(NoteRequest note)
    {
        ArgumentNullException.ThrowIfNull(note);
        var text = note.Text.Trim();
        if (text.Length == 0)
        {
            throw new ModerationException("the note is empty");
        }

        if (note.Severity is < ModeratorNote.MinSeverity or > ModeratorNote.MaxSeverity)
        {
            throw new ModerationException($"severity must be {ModeratorNote.MinSeverity}–{ModeratorNote.MaxSeverity}");
        }

        long id = 0;
        await RunAsync(async () =>
        {
            var leg = _leg ?? throw new ModerationException("the session has not started yet");
            var timeMs = TimelineMs(leg.Clock, note.WallMs);
            var stored = new ModeratorNote(leg.SessionId, AttemptAt(leg.SessionId, timeMs), timeMs, note.Tag, note.Severity,
                text.Length <= ModeratorNote.MaxTextLength ? text : text[..ModeratorNote.MaxTextLength]);
            id = await _moderation.AddNoteAsync(stored, CancellationToken.None);
            Updates.Publish(new FeedUpdate(new FeedItem(leg.SessionId, timeMs, "note", $"{ModeratorNote.TagName(note.Tag)} · severity {note.Severity}: {stored.Text}", null)));
        });
        return id;
    }

    /// <summary>Opens a think-aloud clip whose first sample was recorded at <paramref name="wallMs"/> (null: now); returns its id.</summary>
    public async Task<long> StartAudioAsync(double? wallMs, string mimeType)
    {
        long id = 0;
        await RunAsync(async () =>
        {
            var leg = _leg ?? throw new ModerationException("the session has not started yet");
            if (_status == ModerationStatus.Ended)
            {
                throw new ModerationException("the session has ended");
            }

            id = await _moderation.StartAudioAsync(leg.SessionId, TimelineMs(leg.Clock, wallMs), string.IsNullOrWhiteSpace(mimeType) ? "audio/webm" : mimeType.Trim(), CancellationToken.None);
            (_audioClip, _audioClock) = (id, leg.Clock);
            Feed("system", "think-aloud recording started");
        });
        return id;
    }

    /// <summary>Stores one uploaded piece of the clip being recorded (pieces may arrive twice; each is kept once).</summary>
    /// <exception cref="ModerationException">Clip <paramref name="clipId"/> is not the one being recorded.</exception>
    public async Task AppendAudioAsync(long clipId, int sequence, byte[] data)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(sequence);
        // Under the gate, so a piece cannot land in another session's clip, nor after its clip was stopped.
        await _gate.WaitAsync();
        try
        {
            if (_audioClip != clipId)
            {
                throw new ModerationException($"audio clip {clipId} is not being recorded");
            }

            await _moderation.AppendAudioAsync(clipId, sequence, data, CancellationToken.None);
        }
        finally
        {
            _gate.Release();
        }
    }

    /// <summary>Marks a clip as complete; <paramref name="wallMs"/> is when the recorder stopped (null: now).</summary>
    public Task StopAudioAsync(long clipId, double? wallMs) => RunAsync(async () =>
    {
        if (_audioClip != clipId || _audioClock is not { } clock)
        {
            return; // already stopped (a retried request)
        }

        // The clip stays on the timeline it started on, even if the browser was replaced meanwhile.
        await _moderation.FinishAudioAsync(clipId, TimelineMs(clock, wallMs), CancellationToken.None);
        (_audioClip, _audioClock) = (null, null);
        Feed("system", "think-aloud recording stopped");
    });

    /// <summary>
    /// Session time of a wall-clock moment (none: now), never before the session nor in the future: a skewed or
    /// made-up client time is clamped onto the timeline.
    /// </summary>
    private static double TimelineMs(Capture.ParticipantClock clock, double? wallMs) =>
        wallMs is { } wall && double.IsFinite(wall) ? Math.Clamp(clock.FromWall(wall), 0, clock.NowMs) : clock.NowMs;

    private long? AttemptAt(long sessionId, double timeMs)
    {
        if (_active is { } active && active.Leg.SessionId == sessionId && timeMs >= active.StartMs)
        {
            return active.Id;
        }

        return _attempts.LastOrDefault(a => a.SessionId == sessionId && timeMs >= a.Record.StartMs && timeMs <= a.Record.EndMs)?.Record.Id;
    }

    private ModerationSnapshot BuildSnapshot()
    {
        var leg = _leg;
        var now = leg?.Clock.NowMs ?? 0;
        var task = _active?.Task ?? (_phase == ModerationPhase.Briefing ? _shown : null);
        var attempts = _attempts.Select(a => new AttemptView(a.Record.Id, a.Record.TaskId, a.Title, Name(a.Record.Outcome),
            a.Record.AutomaticOutcome is { } auto ? Name(auto) : null, a.Record.Reason, a.Record.TimeSeconds, a.Record.Seq)).ToList();
        if (_active is { } running)
        {
            attempts.Add(new AttemptView(running.Id, running.Task.Id, running.Task.Title, "running", null, null, running.Timer.ActiveMs(now) / 1000, null));
        }

        return new ModerationSnapshot
        {
            Study = _options.Study.Name,
            Participant = _options.Participant,
            Status = _status,
            StatusDetail = _statusDetail,
            Phase = _phase,
            Task = task is null ? null : View(task),
            NextTask = NextTask() is { } next ? View(next) : null,
            Paused = _active?.Timer.IsPaused ?? false,
            SessionId = leg?.SessionId,
            SessionMs = now,
            TaskActiveMs = _active?.Timer.ActiveMs(now) ?? 0,
            WallMs = _options.Time.GetUtcNow().ToUnixTimeMilliseconds(),
            Attempts = attempts,
            FramesStored = leg?.Screencast.StoredCount ?? 0,
            FrameBytes = leg?.Screencast.StoredBytes ?? 0,
            FrameCapReached = leg?.Screencast.CapReached ?? false,
            AudioClipId = _audioClip,
        };
    }

    private TaskView View(Core.Studies.StudyTask task) =>
        new(TaskNumber(task), _options.Study.Tasks.Count, task.Id, task.Title, task.Prompt, task.TimeLimit.TotalSeconds);
}
