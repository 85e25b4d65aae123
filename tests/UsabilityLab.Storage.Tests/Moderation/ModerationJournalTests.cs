using Microsoft.EntityFrameworkCore;
using UsabilityLab.Core.Sessions;
using UsabilityLab.Core.Studies;
using UsabilityLab.Storage.Moderation;

namespace UsabilityLab.Storage.Tests.Moderation;

public sealed class ModerationJournalTests
{
    private static async Task<(LabDatabase Database, long RunId, long SessionId)> SessionAsync(TestStore temp)
    {
        var database = await temp.OpenAsync();
        var (runId, _, _) = await new ModeratedRuns(database).OpenAsync(TestRuns.Study, "name: Storage study", "sha-1", null, null);
        await using var journal = await RunJournal.OpenAsync(database, runId);
        var participant = await journal.EnsureParticipantAsync("P01", "person", 0, default);
        var session = await journal.StartSessionAsync(participant, new ViewportSize(1280, 800), null, default);
        return (database, runId, session);
    }

    [Theory]
    [MemberData(nameof(TestStore.Kinds), MemberType = typeof(TestStore))]
    public async Task AddNote_ReadBack_KeepsTimeTagSeverityAndAttempt(StoreKind kind)
    {
        await using var temp = await TestStore.CreateAsync(kind);
        var (database, runId, session) = await SessionAsync(temp);
        var journal = new ModerationJournal(database);

        var id = await journal.AddNoteAsync(new ModeratorNote(session, 42, 12_345.5, NoteTag.Quote, 3, "\"where is the cart?\""), default);

        var note = Assert.Single(await new ModerationReader(database).NotesAsync(runId));
        Assert.Equal(id, note.Id);
        Assert.Equal((session, 42L, 12_345.5, NoteTag.Quote, 3), (note.SessionId, note.AttemptId!.Value, note.TimeMs, note.Tag, note.Severity));
        await using var db = database.CreateContext();
        Assert.Equal("quote", (await db.Notes.SingleAsync()).Tag);
    }

    [Theory]
    [MemberData(nameof(TestStore.Kinds), MemberType = typeof(TestStore))]
    public async Task FrameAt_BetweenFrames_GivesTheLatestFrameBefore(StoreKind kind)
    {
        await using var temp = await TestStore.CreateAsync(kind);
        var (database, runId, session) = await SessionAsync(temp);
        var journal = new ModerationJournal(database);
        foreach (var t in new[] { 1_000.0, 2_000.0, 3_000.0 })
        {
            await journal.SaveFrameAsync(new ScreenFrame(session, t, 640, 400, [0xFF, 0xD8, (byte)(t / 1000)]), default);
        }

        var reader = new ModerationReader(database);

        Assert.Equal(2_000, (await reader.FrameAtAsync(session, 2_999))!.TimeMs);
        Assert.Equal(1_000, (await reader.FrameAtAsync(session, 10))!.TimeMs);
        Assert.Equal((3, 9L), (await reader.FrameTotalsAsync(runId))[session]);
        var times = new List<double>();
        await foreach (var frame in reader.FramesAsync(session))
        {
            times.Add(frame.TimeMs);
        }

        Assert.Equal([1_000.0, 2_000.0, 3_000.0], times);
    }

    [Theory]
    [MemberData(nameof(TestStore.Kinds), MemberType = typeof(TestStore))]
    public async Task AppendAudio_OutOfOrderAndRetried_AssemblesEachChunkOnceInOrder(StoreKind kind)
    {
        await using var temp = await TestStore.CreateAsync(kind);
        var (database, runId, session) = await SessionAsync(temp);
        var journal = new ModerationJournal(database);
        var clip = await journal.StartAudioAsync(session, 1_500, "audio/webm;codecs=opus", default);

        await journal.AppendAudioAsync(clip, 1, [3, 4], default);
        await journal.AppendAudioAsync(clip, 0, [1, 2], default);
        await journal.AppendAudioAsync(clip, 1, [3, 4], default);
        await journal.FinishAudioAsync(clip, 4_000, default);

        var audio = Assert.Single(await new ModerationReader(database).AudioAsync(runId));
        Assert.Equal(new byte[] { 1, 2, 3, 4 }, audio.Data);
        Assert.Equal((1_500.0, 4_000.0), (audio.StartMs, audio.EndMs!.Value));
        Assert.Equal("audio/webm;codecs=opus", audio.MimeType);
    }

    [Theory]
    [MemberData(nameof(TestStore.Kinds), MemberType = typeof(TestStore))]
    public async Task PausedMsByAttempt_TwoPauses_AreSummed(StoreKind kind)
    {
        await using var temp = await TestStore.CreateAsync(kind);
        var (database, runId, session) = await SessionAsync(temp);
        var journal = new ModerationJournal(database);

        await journal.AddPauseAsync(new ClockPause(session, 7, 1_000, 3_000), default);
        await journal.AddPauseAsync(new ClockPause(session, 7, 5_000, 5_500), default);
        await journal.AddPauseAsync(new ClockPause(session, null, 9_000, 9_100), default);

        var paused = await new ModerationReader(database).PausedMsByAttemptAsync(runId);
        Assert.Equal(2_500, paused[7]);
        Assert.Single(paused);
    }
}
