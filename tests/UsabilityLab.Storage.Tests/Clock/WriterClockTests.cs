using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Time.Testing;
using UsabilityLab.Core.Runs;
using UsabilityLab.Core.Sessions;
using UsabilityLab.Core.Studies;
using UsabilityLab.Storage.Moderation;

namespace UsabilityLab.Storage.Tests.Clock;

/// <summary>
/// The times stored with a run come from the clock its writer is given: a fake one here, moved on instead of waited
/// for, so each time is known exactly rather than bracketed by the wall clock.
/// </summary>
public sealed class WriterClockTests
{
    private static readonly DateTimeOffset Start = new(2026, 3, 14, 9, 30, 0, TimeSpan.Zero);

    [Fact]
    public async Task CreateHeldRunThenFinish_OnAFakeClock_StudyLeaseAndEndCarryTheClocksTimes()
    {
        await using var temp = new TempDatabase();
        var database = await temp.OpenAsync();
        var time = new FakeTimeProvider(Start);
        var writer = new RunWriter(database, time);
        var plan = new RunPlan { Status = RunStatus.Running, Mode = RunMode.Scripted, Target = "http://shop.test/", StartedAt = time.GetUtcNow(), ParticipantsPlanned = 1 };

        var (runId, lease) = await writer.CreateHeldRunAsync(TestRuns.Study, "name: Storage study", "sha", null, plan);
        await lease.DisposeAsync(); // no heartbeat while the clock moves on: the stamp taken at creation is the one read below
        time.Advance(TimeSpan.FromMinutes(3));
        await writer.FinishRunAsync(runId, RunStatus.Completed);

        await using var db = database.CreateContext();
        var run = await db.Runs.Include(r => r.Study).SingleAsync();
        Assert.Equal(Start, run.Study!.CreatedAt);
        Assert.Equal(Start.ToUnixTimeMilliseconds(), run.HeartbeatUnixMs);
        Assert.Equal((Start, Start.AddMinutes(3)), (run.StartedAt, run.EndedAt!.Value));
    }

    [Fact]
    public async Task SessionAndBackdrop_OnAFakeClock_StartEndAndCaptureAreTheClocksTimes()
    {
        await using var temp = new TempDatabase();
        var database = await temp.OpenAsync();
        var time = new FakeTimeProvider(Start);
        var runId = await TestRuns.CreateAsync(database);
        await using var journal = await RunJournal.OpenAsync(database, runId, time);
        var participant = await journal.EnsureParticipantAsync("P01", "typical", 1, default);

        var session = await journal.StartSessionAsync(participant, new ViewportSize(1280, 800), null, default);
        time.Advance(TimeSpan.FromSeconds(12));
        await journal.SaveArchiveAsync(new PageArchive("/", 1280, 800, "MIME-Version: 1.0"), default);
        time.Advance(TimeSpan.FromSeconds(83));
        await journal.EndSessionAsync(session, SessionEnd.Completed, null, default);

        await using var db = database.CreateContext();
        var row = await db.Sessions.SingleAsync();
        Assert.Equal((Start, Start.AddSeconds(95)), (row.StartedAt, row.EndedAt!.Value));
        Assert.Equal(Start.AddSeconds(12), (await db.PageSnapshots.SingleAsync()).CapturedAt);
    }

    [Fact]
    public async Task Reopen_OnAFakeClock_LeaseIsTakenAtTheClocksNow()
    {
        await using var temp = new TempDatabase();
        var database = await temp.OpenAsync();
        var runId = await TestRuns.CreateAsync(database);
        await new RunWriter(database).FinishRunAsync(runId, RunStatus.Interrupted);
        var time = new FakeTimeProvider(Start);

        var (_, lease) = await new RunCatalog(database, time).ReopenAsync(runId, "abc123");
        await lease.DisposeAsync();

        await using var db = database.CreateContext();
        Assert.Equal(Start.ToUnixTimeMilliseconds(), (await db.Runs.SingleAsync()).HeartbeatUnixMs);
    }

    [Fact]
    public async Task ModeratedRun_OnAFakeClock_StartsAndEndsAtTheClocksTimes()
    {
        await using var temp = new TempDatabase();
        var database = await temp.OpenAsync();
        var time = new FakeTimeProvider(Start);
        var runs = new ModeratedRuns(database, time);

        var (runId, created, lease) = await runs.OpenAsync(TestRuns.Study, "name: Storage study", "sha-1", null, null);
        await lease.DisposeAsync();
        time.Advance(TimeSpan.FromMinutes(40)); // one participant's session
        await runs.SetStatusAsync(runId, RunStatus.Completed);

        Assert.True(created);
        await using var db = database.CreateContext();
        var run = await db.Runs.SingleAsync();
        Assert.Equal((Start, Start.AddMinutes(40)), (run.StartedAt, run.EndedAt!.Value));
        Assert.Equal(Start.ToUnixTimeMilliseconds(), run.HeartbeatUnixMs);
    }

    [Fact]
    public async Task NoteAndAudio_OnAFakeClock_AreCreatedAtTheClocksNow()
    {
        await using var temp = new TempDatabase();
        var database = await temp.OpenAsync();
        var (runId, _, lease) = await new ModeratedRuns(database).OpenAsync(TestRuns.Study, "name: Storage study", "sha-1", null, null);
        await lease.DisposeAsync();
        var session = await TestRuns.StartSessionAsync(database, runId);
        var time = new FakeTimeProvider(Start);
        var journal = new ModerationJournal(database, time);

        await journal.AddNoteAsync(new ModeratorNote(session, null, 1_000, NoteTag.Issue, 2, "hesitates at the coupon field"), default);
        time.Advance(TimeSpan.FromSeconds(30));
        await journal.StartAudioAsync(session, 31_000, "audio/webm;codecs=opus", default);

        await using var db = database.CreateContext();
        Assert.Equal(Start, (await db.Notes.SingleAsync()).CreatedAt);
        Assert.Equal(Start.AddSeconds(30), (await db.Set<Entities.AudioClipRow>().SingleAsync()).CreatedAt);
    }
}
