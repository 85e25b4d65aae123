using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Time.Testing;
using UsabilityLab.Core.Import;
using UsabilityLab.Core.Sessions;

namespace UsabilityLab.Storage.Tests.Import;

public sealed class ImportWriterTests
{
    private static readonly AttemptRecord Full = new()
    {
        Participant = "P1", TaskId = "checkout", Outcome = AttemptOutcome.Abandoned, Reason = "imported", TimeSeconds = 42.5,
        Clicks = 7, Errors = 1, PageVisits = 5, UniquePages = 4, OptimalPages = 3, Seq = 6,
    };

    private static readonly AttemptRecord Bare = new() { Participant = "P2", TaskId = "checkout", Outcome = AttemptOutcome.Success, Reason = "imported", TimeSeconds = 10 };

    private static ImportedData Outcomes => new([Full, Bare], [new QuestionnaireAnswer("P1", "seq", "checkout", 1, 6)], []) { SourceSha256 = "abc" };

    [Theory]
    [MemberData(nameof(TestStore.Kinds), MemberType = typeof(TestStore))]
    public async Task WriteAsync_Outcomes_ReadBackAsTheyWereImported(StoreKind kind)
    {
        await using var temp = await TestStore.CreateAsync(kind);
        var database = await temp.OpenAsync();

        var runId = await new ImportWriter(database).WriteAsync("Paper", ImportKind.Outcomes, Outcomes);

        var run = await new RunReader(database).LoadAsync(runId, includeEvents: false);
        var full = run.Attempts.Single(a => a.Participant == "P1");
        Assert.Equal((AttemptOutcome.Abandoned, "imported", 0.0, 42_500.0), (full.Outcome, full.Reason, full.StartMs, full.EndMs));
        Assert.Equal((7, 1, 5, 4, 3, 6), (full.Clicks, full.Errors, full.PageVisits, full.UniquePages, full.OptimalPages, full.Seq));
        var bare = run.Attempts.Single(a => a.Participant == "P2");
        Assert.Equal((AttemptOutcome.Success, (int?)null, (int?)null), (bare.Outcome, bare.Clicks, bare.Seq));
        Assert.Equal(new QuestionnaireAnswer("P1", "seq", "checkout", 1, 6), Assert.Single(run.Answers));
        Assert.Equal("Paper", run.StudyName);
        Assert.All(run.Participants, p => Assert.Equal(("imported", 1, "Completed", "imported"), (p.Persona, p.Sessions, p.Status, p.EndReason)));
    }

    [Theory]
    [MemberData(nameof(TestStore.Kinds), MemberType = typeof(TestStore))]
    public async Task WriteAsync_Outcomes_SessionsStoredAsEfCoreStoresThem(StoreKind kind)
    {
        await using var temp = await TestStore.CreateAsync(kind);
        var database = await temp.OpenAsync();
        // Sub-millisecond ticks: the raw insert must keep the full precision EF Core stores and reads back.
        var time = new FakeTimeProvider(new DateTimeOffset(2026, 3, 14, 9, 30, 0, TimeSpan.Zero).AddTicks(1_234_567));

        var runId = await new ImportWriter(database, time).WriteAsync("Paper", ImportKind.Outcomes, Outcomes);

        await using var db = database.CreateContext();
        var sessions = await db.Sessions.Where(s => s.RunId == runId).Include(s => s.Participant).OrderBy(s => s.Id).ToListAsync();
        Assert.Equal(["P1", "P2"], sessions.Select(s => s.Participant!.Label));
        Assert.All(sessions, s => Assert.Equal(Core.Sessions.SessionStatus.Completed, s.Status));
        // Each store's own precision: SQLite keeps the ticks, PostgreSQL's timestamptz microseconds (for EF Core's rows too).
        var now = kind == StoreKind.Sqlite ? time.GetUtcNow() : time.GetUtcNow().AddTicks(-(time.GetUtcNow().Ticks % 10));
        Assert.All(sessions, s => Assert.Equal((now, now), (s.StartedAt, s.EndedAt!.Value)));
        var run = await db.Runs.Include(r => r.Study).SingleAsync(r => r.Id == runId);
        Assert.Equal((now, now, now), (run.StartedAt, run.EndedAt!.Value, run.Study!.CreatedAt));
    }

    [Theory]
    [MemberData(nameof(TestStore.Kinds), MemberType = typeof(TestStore))]
    public async Task WriteAsync_Sus_JoinsTheStudysLatestRunAndItsParticipants(StoreKind kind)
    {
        await using var temp = await TestStore.CreateAsync(kind);
        var database = await temp.OpenAsync();
        var writer = new ImportWriter(database);
        var runId = await writer.WriteAsync("Paper", ImportKind.Outcomes, Outcomes);

        var susRun = await writer.WriteAsync("Paper", ImportKind.Sus, new ImportedData([], [new QuestionnaireAnswer("P1", "sus", null, 1, 4), new QuestionnaireAnswer("P9", "sus", null, 1, 2)], []));

        Assert.Equal(runId, susRun);
        await using var db = database.CreateContext();
        Assert.Equal(["P1", "P2", "P9"], await db.Participants.Where(p => p.RunId == runId).OrderBy(p => p.Label).Select(p => p.Label).ToListAsync());
        Assert.Equal(3, await db.QuestionnaireResponses.CountAsync(q => q.RunId == runId));
    }

    [Theory]
    [MemberData(nameof(TestStore.Kinds), MemberType = typeof(TestStore))]
    public async Task WriteAsync_FailureWhileWritingAnswers_LeavesNothingBehind(StoreKind kind)
    {
        await using var temp = await TestStore.CreateAsync(kind);
        var database = await temp.OpenAsync();
        await using (var refuse = database.CreateContext())
        {
            // Answers are written last: by then the run, participants, sessions and attempts are all in the transaction.
            await refuse.Database.ExecuteSqlRawAsync(kind == StoreKind.Sqlite
                ? "CREATE TRIGGER refuse BEFORE INSERT ON QuestionnaireResponses BEGIN SELECT RAISE(ABORT, 'disk full'); END"
                : """
                  CREATE FUNCTION refuse() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN RAISE EXCEPTION 'disk full'; END $$;
                  CREATE TRIGGER refuse BEFORE INSERT ON "QuestionnaireResponses" FOR EACH ROW EXECUTE FUNCTION refuse();
                  """);
        }

        await Assert.ThrowsAnyAsync<System.Data.Common.DbException>(() => new ImportWriter(database).WriteAsync("Paper", ImportKind.Outcomes, Outcomes));

        await using var db = database.CreateContext();
        Assert.Equal((0, 0, 0, 0), (await db.Runs.CountAsync(), await db.Participants.CountAsync(), await db.Sessions.CountAsync(), await db.TaskAttempts.CountAsync()));
    }
}
