using UsabilityLab.Core.Events;
using UsabilityLab.Core.Sessions;
using UsabilityLab.Core.Studies;

namespace UsabilityLab.Storage.Tests;

public sealed class SessionDeviceTests
{
    [Theory]
    [MemberData(nameof(TestStore.Kinds), MemberType = typeof(TestStore))]
    public async Task RunReader_SessionsOnDevices_AttemptsAndParticipantsCarryTheirDevice(StoreKind kind)
    {
        await using var temp = await TestStore.CreateAsync(kind);
        var database = await temp.OpenAsync();
        var runId = await TestRuns.CreateAsync(database);
        await using var journal = await RunJournal.OpenAsync(database, runId);
        foreach (var (label, device) in new[] { ("P01", "iPhone 13"), ("P02", (string?)null) })
        {
            var participant = await journal.EnsureParticipantAsync(label, "typical", 7, default);
            var session = await journal.StartSessionAsync(participant, new ViewportSize(390, 664), device, default);
            var attempt = await journal.StartAttemptAsync(session, "find", 0, default);
            await journal.FinishAttemptAsync(attempt, new AttemptRecord { Participant = label, TaskId = "find", Outcome = AttemptOutcome.Success, EndMs = 1_000 }, default);
            journal.Post(new RecordedEvent { SessionId = session, AttemptId = attempt, Kind = EventKind.Click, X = 10, Y = 10, Detail = PointerKinds.Stored(device is null ? null : "touch") });
        }

        await journal.FlushAsync();

        var data = await new RunReader(database).LoadAsync(runId);
        Assert.Equal(["iPhone 13", null], data.Attempts.OrderBy(a => a.Participant).Select(a => a.Device));
        Assert.Equal(["iPhone 13", null], data.Participants.Select(p => p.Device));
        Assert.Equal([PointerKind.Touch, PointerKind.Mouse], data.Events.OrderBy(e => e.SessionId).Select(e => e.Pointer));
    }
}
