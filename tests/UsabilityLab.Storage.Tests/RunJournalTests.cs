using Microsoft.EntityFrameworkCore;
using UsabilityLab.Core.Runs;
using UsabilityLab.Core.Sessions;
using UsabilityLab.Core.Studies;
using UsabilityLab.Storage.Entities;

namespace UsabilityLab.Storage.Tests;

public sealed class RunJournalTests
{
    [Theory]
    [MemberData(nameof(TestStore.Kinds), MemberType = typeof(TestStore))]
    public async Task Attempts_StartedButNotFinished_StayInterruptedAndAreNotFinishedTasks(StoreKind kind)
    {
        await using var temp = await TestStore.CreateAsync(kind);
        var database = await temp.OpenAsync();
        var runId = await TestRuns.CreateAsync(database);
        await using var journal = await RunJournal.OpenAsync(database, runId);
        var participant = await journal.EnsureParticipantAsync("P01", "typical", 7, default);
        var session = await journal.StartSessionAsync(participant, new ViewportSize(1280, 800), null, default);

        var done = await journal.StartAttemptAsync(session, "find", 0, default);
        await journal.FinishAttemptAsync(done, new AttemptRecord { Participant = "P01", TaskId = "find", Outcome = AttemptOutcome.Success, EndMs = 5_000, Clicks = 3 }, default);
        await journal.StartAttemptAsync(session, "buy", 5_000, default);

        var finished = await journal.FinishedTasksAsync(participant, default);
        Assert.Equal(["find"], finished);
        var data = await new RunReader(database).LoadAsync(runId);
        Assert.Equal(AttemptOutcome.Interrupted, data.Attempts.Single(a => a.TaskId == "buy").Outcome);
        Assert.Equal(5.0, data.Attempts.Single(a => a.TaskId == "find").TimeSeconds, 3);
    }

    [Theory]
    [MemberData(nameof(TestStore.Kinds), MemberType = typeof(TestStore))]
    public async Task EnsureParticipant_SameLabelTwice_ReturnsTheSameParticipant(StoreKind kind)
    {
        await using var temp = await TestStore.CreateAsync(kind);
        var database = await temp.OpenAsync();
        var runId = await TestRuns.CreateAsync(database);
        await using var journal = await RunJournal.OpenAsync(database, runId);

        var first = await journal.EnsureParticipantAsync("P01", "typical", 7, default);
        var second = await journal.EnsureParticipantAsync("P01", "typical", 7, default);

        Assert.Equal(first, second);
    }

    [Theory]
    [MemberData(nameof(TestStore.Kinds), MemberType = typeof(TestStore))]
    public async Task Reopen_DifferentStudyVersion_IsRefused(StoreKind kind)
    {
        await using var temp = await TestStore.CreateAsync(kind);
        var database = await temp.OpenAsync();
        var runId = await TestRuns.CreateAsync(database, sha: "version-one");

        var error = await Assert.ThrowsAsync<Core.Errors.InputException>(() => new RunCatalog(database).ReopenAsync(runId, "version-two"));

        Assert.Contains("different version", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(TestStore.Kinds), MemberType = typeof(TestStore))]
    public async Task Resolve_StudyName_GivesItsLatestRun_UnknownIsAClearError(StoreKind kind)
    {
        await using var temp = await TestStore.CreateAsync(kind);
        var database = await temp.OpenAsync();
        await TestRuns.CreateAsync(database);
        var latest = await TestRuns.CreateAsync(database);
        var catalog = new RunCatalog(database);

        Assert.Equal(latest, (await catalog.ResolveAsync("Storage study")).Id);
        var error = await Assert.ThrowsAsync<Core.Errors.InputException>(() => catalog.ResolveAsync("nope"));
        Assert.Contains("recent runs", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(TestStore.Kinds), MemberType = typeof(TestStore))]
    public async Task Snapshot_SamePageTwice_StoredOnce(StoreKind kind)
    {
        await using var temp = await TestStore.CreateAsync(kind);
        var database = await temp.OpenAsync();
        var runId = await TestRuns.CreateAsync(database);
        await using var journal = await RunJournal.OpenAsync(database, runId);
        var snapshot = new PageScreenshot("/cart", 1280, 1280, 2000, "Cart", [1, 2, 3]);

        Assert.True(await journal.SaveScreenshotAsync(snapshot, default));
        Assert.False(await journal.SaveScreenshotAsync(snapshot, default));

        await using var db = database.CreateContext();
        Assert.Equal(1, await db.PageSnapshots.CountAsync(p => p.RunId == runId));
        Assert.Equal(RunStatus.Running, (await db.Runs.SingleAsync()).Status);
    }

    [Theory]
    [MemberData(nameof(TestStore.Kinds), MemberType = typeof(TestStore))]
    public async Task Snapshot_WithANote_ReadBackWithItsNote(StoreKind kind)
    {
        await using var temp = await TestStore.CreateAsync(kind);
        var database = await temp.OpenAsync();
        var runId = await TestRuns.CreateAsync(database);
        await using var journal = await RunJournal.OpenAsync(database, runId);
        const string Note = "only the first screen: the page was too large to keep whole (25.0 MB; limit 8 MB)";

        await journal.SaveScreenshotAsync(new PageScreenshot("/big", 1280, 1280, 800, "Big", [1, 2, 3], Note), default);

        Assert.Equal(Note, Assert.Single(await new ScreenshotReader(database).LoadAsync(runId)).Note);
    }

    [Theory]
    [MemberData(nameof(TestStore.Kinds), MemberType = typeof(TestStore))]
    public async Task Archive_StoredThenPainted_ReadAsTheBackdropAndTheArchiveDropped(StoreKind kind)
    {
        await using var temp = await TestStore.CreateAsync(kind);
        var database = await temp.OpenAsync();
        var runId = await TestRuns.CreateAsync(database);
        var reader = new ScreenshotReader(database);
        var mhtml = "From: <Saved by Blink>\r\nSnapshot-Content-Location: http://shop.test/cart\r\n\r\n" + new string('x', 10_000) + " é";
        await using var journal = await RunJournal.OpenAsync(database, runId);

        Assert.True(await journal.SaveArchiveAsync(new PageArchive("/cart", 1280, 800, mhtml), default));
        Assert.False(await journal.SaveArchiveAsync(new PageArchive("/cart", 1280, 800, mhtml), default));
        Assert.Empty(await reader.LoadAsync(runId)); // nothing to draw on until it is painted
        var (id, archive) = Assert.Single(await reader.UnpaintedAsync(runId));
        Assert.Equal(new PageArchive("/cart", 1280, 800, mhtml), archive);

        await new RunWriter(database).SavePaintedAsync(id, new PageScreenshot("/cart", 1280, 1280, 16_384, "Cart", [1, 2, 3], "cut at 16,384 px"));

        Assert.Empty(await reader.UnpaintedAsync(runId));
        var painted = Assert.Single(await reader.LoadAsync(runId));
        Assert.Equal(("/cart", 1280, 16_384, "Cart", "cut at 16,384 px"), (painted.PageKey, painted.Width, painted.Height, painted.Title, painted.Note));
        await using var db = database.CreateContext();
        var row = await db.PageSnapshots.SingleAsync();
        Assert.True(row.Archive is null && row.Png is not null); // the page's DOM is not kept once painted
    }
}
