using UsabilityLab.Core.Events;
using UsabilityLab.Core.Runs;
using UsabilityLab.Core.Sessions;
using UsabilityLab.Storage.Entities;
using UsabilityLab.Storage;

namespace UsabilityLab.Benchmarks.Support;

/// <summary>
/// A recorded-looking run written straight into a lab database: participants, sessions, attempts with outcomes and SEQ,
/// SUS and NPS answers, recorder-like events and (optionally) page screenshots — the shape `./lab run` leaves behind,
/// at any size, without a browser.
/// </summary>
internal sealed record SyntheticRun(ScratchDatabase Scratch, long RunId, long Events)
{
    private static readonly AttemptOutcome[] Outcomes =
        [.. Enumerable.Repeat(AttemptOutcome.Success, 15), AttemptOutcome.Failed, AttemptOutcome.Failed, AttemptOutcome.Abandoned, AttemptOutcome.Abandoned, AttemptOutcome.Error];

    public static async Task<SyntheticRun> CreateAsync(TempFolder temp, int sessions, int tasks, int eventsPerAttempt, byte[]? screenshot = null, StoreKind store = StoreKind.Sqlite)
    {
        var source = SyntheticStudy.Create(tasks, sessions);
        var scratch = await ScratchDatabase.CreateAsync(temp, "synthetic", store);
        var runId = await new RunWriter(scratch.Database).CreateRunAsync(source.Study!, source.Text, source.Sha256, null, new RunPlan
        {
            Status = RunStatus.Completed, Mode = RunMode.Scripted, Target = SyntheticStudy.Origin, PersonaMode = "mixed",
            ParticipantsPlanned = sessions, StartedAt = DateTimeOffset.UtcNow, EndedAt = DateTimeOffset.UtcNow,
        });
        var random = new Random(42);
        long written = 0;
        // The store's own bulk path (prepared inserts on SQLite, binary COPY on PostgreSQL), a transaction per chunk.
        await using var writer = await scratch.Database.Provider.OpenEventWriterAsync(CancellationToken.None);
        // Chunks of 100 sessions keep memory flat at 1,000 sessions × 500 events.
        for (var first = 0; first < sessions; first += 100)
        {
            await using var db = scratch.Database.CreateContext();
            var chunk = Enumerable.Range(first, Math.Min(100, sessions - first))
                .Select(i => Participant(runId, i, tasks, eventsPerAttempt, random)).ToList();
            db.Participants.AddRange(chunk.Select(c => c.Row));
            await db.SaveChangesAsync();
            db.QuestionnaireResponses.AddRange(chunk.SelectMany(c => Answers(runId, c.Row.Id, random)));
            await db.SaveChangesAsync();
            var events = new List<RecordedEvent>(chunk.Count * tasks * eventsPerAttempt);
            foreach (var (row, timelines) in chunk)
            {
                var session = row.Sessions[0];
                for (var i = 0; i < session.Attempts.Count; i++)
                {
                    var attempt = session.Attempts[i];
                    events.AddRange(timelines[i].Select(e => e with { SessionId = session.Id, AttemptId = attempt.Id }));
                }
            }

            writer.Write(events);
            written += events.Count;
        }

        if (screenshot is not null)
        {
            await AddScreenshotsAsync(scratch.Database, runId, tasks, screenshot);
        }

        return new SyntheticRun(scratch, runId, written);
    }

    private static (ParticipantRow Row, List<List<RecordedEvent>> Timelines) Participant(long runId, int index, int tasks, int eventsPerAttempt, Random random)
    {
        var session = new SessionRow { RunId = runId, Status = SessionStatus.Completed, StartedAt = DateTimeOffset.UtcNow, ViewportWidth = 1280, ViewportHeight = 800 };
        var row = new ParticipantRow { RunId = runId, Label = $"P{index + 1:0000}", Persona = "typical", Seed = index };
        row.Sessions.Add(session);
        var timelines = new List<List<RecordedEvent>>();
        var t = 0.0;
        for (var task = 1; task <= tasks; task++)
        {
            var events = SyntheticEvents.Attempt(random, 0, null, SyntheticStudy.Origin, task, t, eventsPerAttempt, out var end);
            var outcome = Outcomes[random.Next(Outcomes.Length)];
            session.Attempts.Add(new TaskAttemptRow
            {
                TaskKey = $"task-{task:00}", Outcome = outcome, Reason = outcome.ToString(), StartMs = t, EndMs = end,
                Clicks = events.Count(e => e.IsClick), OptimalPages = 4, Seq = 1 + random.Next(7),
            });
            timelines.Add(events);
            t = end + 2_000;
        }

        return (row, timelines);
    }

    private static IEnumerable<QuestionnaireResponseRow> Answers(long runId, long participantId, Random random) =>
        Enumerable.Range(1, 10).Select(item => new QuestionnaireResponseRow { RunId = runId, ParticipantId = participantId, Instrument = "sus", Item = item, Value = 1 + random.Next(5) })
            .Append(new QuestionnaireResponseRow { RunId = runId, ParticipantId = participantId, Instrument = "nps", Item = 1, Value = random.Next(11) })
            .ToList();

    /// <summary>One backdrop per synthetic page (the four pages of each task's path and its wrong turn).</summary>
    private static async Task AddScreenshotsAsync(LabDatabase database, long runId, int tasks, byte[] png)
    {
        await using var db = database.CreateContext();
        var (width, height) = SyntheticScreenshot.Size;
        db.PageSnapshots.AddRange(Enumerable.Range(1, tasks).SelectMany(t => new[] { 0, 1, 2, 3, 9 }.Select(p => new PageSnapshotRow
        {
            RunId = runId, PageKey = new Uri(SyntheticEvents.Url(SyntheticStudy.Origin, t, p)).AbsolutePath, ViewportWidth = 1280,
            Width = width, Height = height, Title = $"Section {t}, page {p}", Png = png, CapturedAt = DateTimeOffset.UtcNow,
        })));
        await db.SaveChangesAsync();
    }
}
