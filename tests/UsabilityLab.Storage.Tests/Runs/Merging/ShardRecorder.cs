using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Time.Testing;
using UsabilityLab.Core.Events;
using UsabilityLab.Core.Runs;
using UsabilityLab.Core.Sessions;
using UsabilityLab.Core.Studies;
using UsabilityLab.Storage.Moderation;
using UsabilityLab.Storage.Runs;

namespace UsabilityLab.Storage.Tests.Runs.Merging;

/// <summary>
/// Records one shard of a sharded run into a SQLite file of its own, as a CI machine would, with a row in every table a
/// run has: participants, sessions, attempts, events (one outside any attempt), answers, a note, a clock pause, audio, a
/// screen frame, backdrops (one page every shard has, one of its own, one still an archive).
/// </summary>
internal static class ShardRecorder
{
    public static async Task<string> RecordAsync(string path, ShardRecording recording)
    {
        var database = await LabDatabase.OpenAsync(path);
        var time = new FakeTimeProvider(recording.Start);
        if (recording.OtherRunFirst)
        {
            var other = await TestRuns.CreateAsync(database, "sha-of-another-study");
            await using var journal = await RunJournal.OpenAsync(database, other);
            var session = await journal.StartSessionAsync(await journal.EnsureParticipantAsync("X1", "typical", 1, default), new ViewportSize(800, 600), null, default);
            for (var i = 0; i < 7; i++)
            {
                journal.Post(new RecordedEvent { SessionId = session, Kind = EventKind.MouseMove, TimeMs = i, X = i, Y = i });
            }

            await journal.FlushAsync();
            await new ModerationJournal(database).AddNoteAsync(new ModeratorNote(session, null, 1, NoteTag.Idea, 1, "another run's note"), default);
        }

        var shard = new Shard(recording.Shard, recording.Count);
        var runs = new ShardedRuns(database, time);
        var (runId, lease) = await runs.JoinAsync(TestRuns.Study, "name: Storage study", recording.Sha, null, Plan(recording), recording.Key, shard);
        var moderation = new ModerationJournal(database, time);
        await using (var journal = await RunJournal.OpenAsync(database, runId, recording.Shard, time, default))
        {
            var labels = recording.LabelsRecorded;
            for (var j = 0; j < labels.Count; j++)
            {
                var killed = recording.Finish is null && j == labels.Count - 1;
                await RecordParticipantAsync(journal, moderation, time, labels[j], j, recording, killed);
            }

            await journal.SaveScreenshotAsync(new PageScreenshot("/", 1280, 1280, 800, "Home", [1, 2, (byte)recording.Shard]), default);
            await journal.SaveScreenshotAsync(new PageScreenshot($"/only-{recording.Shard}", 1280, 1280, 900, "Own page", [3, (byte)recording.Shard]) { State = "dialog" }, default);
            await journal.SaveArchiveAsync(new PageArchive($"/archived-{recording.Shard}", 1280, 800, $"MIME-Version: 1.0\r\n\r\nshard {recording.Shard}"), default);
        }

        if (recording.Finish is { } status)
        {
            time.Advance(TimeSpan.FromMinutes(1));
            await runs.FinishAsync(runId, shard, status);
        }

        await lease.DisposeAsync();
        SqliteConnection.ClearAllPools(); // closed as the recording process would be: the log is written into the file
        return path;
    }

    private static async Task RecordParticipantAsync(RunJournal journal, ModerationJournal moderation, FakeTimeProvider time, string label, int j, ShardRecording recording, bool killed)
    {
        time.Advance(TimeSpan.FromSeconds(3));
        var participant = await journal.EnsureParticipantAsync(label, j == 0 ? "expert" : "novice", recording.Seed + j, default);
        var session = await journal.StartSessionAsync(participant, new ViewportSize(1280, 800), j == 0 ? null : "Pixel 7", default);
        var find = await journal.StartAttemptAsync(session, "find", 100, default);
        for (var i = 0; i < recording.EventsPerAttempt; i++)
        {
            journal.Post(new RecordedEvent
            {
                SessionId = session, AttemptId = find, Kind = i % 4 == 0 ? EventKind.Click : EventKind.MouseMove, TimeMs = 100 + (i * 40), X = (10 * i) + recording.Shard, Y = 20 + j,
                Url = $"http://shop.test/{label}", Selector = "#go", Tag = "button", Text = $"Go {label} →", Interactive = true, Button = 0, ViewportWidth = 1280, BoxWidth = 80.5,
            });
        }

        journal.Post(new RecordedEvent { SessionId = session, Kind = EventKind.Navigation, TimeMs = 50, Url = "http://shop.test/", Detail = "before the task" });
        await journal.FlushAsync();
        await moderation.AddPauseAsync(new ClockPause(session, find, 500, 900 + j), default);
        await moderation.AddNoteAsync(new ModeratorNote(session, find, 700, NoteTag.Issue, 2, $"{label} hesitated — «why?»"), default);
        var clip = await moderation.StartAudioAsync(session, 150, "audio/webm;codecs=opus", default);
        await moderation.AppendAudioAsync(clip, 0, [1, 2, (byte)j], default);
        await moderation.AppendAudioAsync(clip, 1, [4, 5], default);
        await moderation.FinishAudioAsync(clip, 2400, default);
        await moderation.SaveFrameAsync(new ScreenFrame(session, 300, 640, 400, [0xFF, 0xD8, (byte)j, (byte)recording.Shard]), default);
        await journal.FinishAttemptAsync(find, new AttemptRecord { Participant = label, TaskId = "find", Outcome = AttemptOutcome.Success, Reason = "criteria met", StartMs = 100, EndMs = 2500 + j, Clicks = 7, PageVisits = 2, UniquePages = 2, OptimalPages = 2, Errors = j }, default);
        var buy = await journal.StartAttemptAsync(session, "buy", 3000, default);
        if (killed)
        {
            return; // the process dies here: the session records, the attempt is open
        }

        await journal.FinishAttemptAsync(buy, new AttemptRecord { Participant = label, TaskId = "buy", Outcome = AttemptOutcome.Failed, Reason = "time limit", StartMs = 3000, EndMs = 63000, Clicks = 12 }, default);
        await journal.AddAnswersAsync(participant, [new QuestionnaireAnswer(label, "seq", "find", 1, 6 - j)], default);
        await journal.EndSessionAsync(session, SessionEnd.Completed, null, default);
    }

    private static RunPlan Plan(ShardRecording recording) => new()
    {
        Status = RunStatus.Running,
        Mode = RunMode.Scripted,
        Target = $"http://127.0.0.1:{5000 + recording.Shard}/",
        PersonaMode = "mixed",
        Seed = recording.Seed,
        Workers = 2,
        ParticipantsPlanned = recording.Participants,
        StartedAt = recording.Start,
    };
}
