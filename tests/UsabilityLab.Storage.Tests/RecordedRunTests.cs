using System.Text.Json;
using UsabilityLab.Core.Analysis;
using UsabilityLab.Core.Events;
using UsabilityLab.Core.Runs;
using UsabilityLab.Core.Sessions;
using UsabilityLab.Core.Studies;
using UsabilityLab.Storage.Moderation;

namespace UsabilityLab.Storage.Tests;

/// <summary>One run recorded the same way into each store reads back, and analyzes, identically.</summary>
public sealed class RecordedRunTests
{
    private static readonly DateTimeOffset Started = new(2026, 12, 6, 9, 30, 15, 250, TimeSpan.Zero);

    [Fact]
    public async Task Run_RecordedIntoEachStore_ReadBackAndAnalyzedIdentically()
    {
        await using var sqlite = await TestStore.CreateAsync(StoreKind.Sqlite);
        await using var postgres = await TestStore.CreateAsync(StoreKind.PostgreSql);

        var fromSqlite = await RecordAndReadAsync(await sqlite.OpenAsync());
        var fromPostgres = await RecordAndReadAsync(await postgres.OpenAsync());

        Assert.Equal(fromSqlite.Data, fromPostgres.Data);
        Assert.Equal(fromSqlite.Analysis, fromPostgres.Analysis);
        Assert.Equal(fromSqlite.Moderation, fromPostgres.Moderation);
        Assert.Contains("\"Participant\":\"Carol\"", fromPostgres.Data, StringComparison.Ordinal); // the scan sees the run
    }

    /// <summary>Records a run with two participants (labels of mixed case), attempts, events, answers, a note, a clock pause and audio.</summary>
    private static async Task<(string Data, string Analysis, string Moderation)> RecordAndReadAsync(LabDatabase database)
    {
        var runId = await new RunWriter(database).CreateRunAsync(TestRuns.Study, "name: Storage study", "abc", "study.yaml", new RunPlan
        {
            Status = RunStatus.Running, Mode = RunMode.Moderated, Target = "http://shop.test/", Seed = 7, Workers = 1, ParticipantsPlanned = 2, StartedAt = Started,
        });
        var journal = new ModerationJournal(database);
        await using (var run = await RunJournal.OpenAsync(database, runId))
        {
            foreach (var (label, offset) in new[] { ("bob", 0), ("Carol", 1) })
            {
                var participant = await run.EnsureParticipantAsync(label, "moderated", 0, default);
                var session = await run.StartSessionAsync(participant, new ViewportSize(1280, 800), offset == 0 ? null : "Pixel 7", default);
                var attempt = await run.StartAttemptAsync(session, "find", 100, default);
                for (var i = 0; i < 40; i++)
                {
                    run.Post(new RecordedEvent { SessionId = session, AttemptId = attempt, Kind = i % 4 == 0 ? EventKind.Click : EventKind.MouseMove, TimeMs = 100 + (i * 50), X = 10 * i, Y = 20 + offset, Url = "http://shop.test/", Selector = "#go", Tag = "button", Text = "Go →", Interactive = true, Button = 0, ViewportWidth = 1280 });
                }

                run.Post(new RecordedEvent { SessionId = session, AttemptId = attempt, Kind = EventKind.Navigation, TimeMs = 2500, Url = "http://shop.test/found" });
                await run.FlushAsync();
                await journal.AddPauseAsync(new ClockPause(session, attempt, 500, 900 + (100 * offset)), default);
                await journal.AddNoteAsync(new ModeratorNote(session, attempt, 700, NoteTag.Issue, 2, $"{label} hesitated — «why?»"), default);
                var clip = await journal.StartAudioAsync(session, 150, "audio/webm;codecs=opus", default);
                await journal.AppendAudioAsync(clip, 0, [1, 2, 3], default);
                await journal.AppendAudioAsync(clip, 1, [4, 5], default);
                await journal.FinishAudioAsync(clip, 2400, default);
                await run.FinishAttemptAsync(attempt, new AttemptRecord { Participant = label, TaskId = "find", Outcome = AttemptOutcome.Success, Reason = "criteria met", StartMs = 100, EndMs = 2500, Clicks = 10, PageVisits = 2, UniquePages = 2, OptimalPages = 2, Errors = offset, Seq = 6 - offset }, default);
                await run.AddAnswersAsync(participant, [new QuestionnaireAnswer(label, "seq", "find", 1, 6 - offset), new QuestionnaireAnswer(label, "nps", null, 1, 9)], default);
                await run.EndSessionAsync(session, SessionEnd.Completed, null, default);
            }
        }

        await new ModeratedRuns(database).SetStatusAsync(runId, RunStatus.Completed);
        var data = await new RunReader(database).LoadAsync(runId);
        var analysis = RunAnalyzer.Analyze(data.Study, data.Attempts, data.Events, data.Answers);
        var reader = new ModerationReader(database);
        var moderation = new
        {
            Sessions = await reader.SessionsAsync(runId),
            Notes = await reader.NotesAsync(runId),
            Audio = (await reader.AudioAsync(runId)).Select(c => new { c.StartMs, c.EndMs, c.MimeType, Bytes = Convert.ToHexString(c.Data) }),
            Pauses = await reader.PausesAsync(runId),
        };
        // The run's end is the moment it finished: the one value that differs between the two recordings.
        var stored = data with { Run = data.Run with { EndedAt = null } };
        return (Json(new { stored.Run, stored.StudyName, stored.Tasks, stored.Participants, stored.Attempts, stored.Events, stored.Answers }), Json(analysis), Json(moderation));
    }

    private static string Json(object value) => JsonSerializer.Serialize(value, new JsonSerializerOptions { WriteIndented = false });
}
