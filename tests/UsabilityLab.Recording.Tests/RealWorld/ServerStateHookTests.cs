using UsabilityLab.Core.Events;
using UsabilityLab.Core.Sessions;
using UsabilityLab.Core.Studies;
using UsabilityLab.Core.Studies.Hooks;
using UsabilityLab.Recording.Tests.Support;

namespace UsabilityLab.Recording.Tests.RealWorld;

/// <summary>
/// Server state between participants, on Swagger UI: its "Try it out" reserves a pet on the pet store's server, which
/// keeps the reservation (<see cref="AdoptionsApi"/>). The study's participant setup hook resets the server; without
/// it the second participant meets the first one's reservation.
/// </summary>
[Collection(RealWorldCollection.Name)]
public sealed class ServerStateHookTests(RealWorldCorpus corpus)
{
    [Fact]
    public async Task RunAsync_NoResetBetweenParticipants_SecondMeetsTheFirstOnesReservation()
    {
        var study = ReservePet() with { Hooks = StudyHooks.None };

        var (attempts, journal) = await RunAsync(study);

        Assert.Equal([("P01", AttemptOutcome.Success), ("P02", AttemptOutcome.Failed)], attempts.Select(a => (a.Participant, a.Outcome)));
        Assert.Equal("steps exhausted without success: selector #operations-adoptions-reservePet .live-responses-table .response-col_status:text-is('201') not met", attempts[1].Reason);
        Assert.Equal(["P01 201 Mittens is reserved for P01", "P02 409 Mittens is already reserved for P01"], corpus.Adoptions.Answers);
        Assert.Equal([[], [409]], attempts.Select(a => ReservationErrors(journal, a))); // what Swagger UI showed P02 as the answer
    }

    [Fact]
    public async Task RunAsync_ParticipantSetupResetsTheServer_EachParticipantReservesAfresh()
    {
        var study = ReservePet();

        var (attempts, journal) = await RunAsync(study);

        Assert.Equal([("P01", AttemptOutcome.Success), ("P02", AttemptOutcome.Success)], attempts.Select(a => (a.Participant, a.Outcome)));
        Assert.Equal(["P01 201 Mittens is reserved for P01", "P02 201 Mittens is reserved for P02"], corpus.Adoptions.Answers);
        Assert.Equal([[], []], attempts.Select(a => ReservationErrors(journal, a)));
    }

    /// <summary>The reserve-pet task of scenarios/real-world/swagger-ui.yaml, with the study's reset hook.</summary>
    private Study ReservePet()
    {
        var study = corpus.LoadStudy("swagger-ui");
        Assert.IsType<RequestHook>(Assert.Single(study.Hooks.Setup.Participant));
        return study with { Tasks = [.. study.Tasks.Where(t => t.Id == "reserve-pet")] };
    }

    /// <summary>The error statuses the reservation requests of <paramref name="attempt"/> were answered with, as recorded.</summary>
    private static List<int> ReservationErrors(MemoryJournal journal, AttemptRecord attempt) =>
        [.. journal.Events.Where(e => e.AttemptId == attempt.Id && e.Kind == EventKind.HttpError && e.Detail!.Contains($"{AdoptionsApi.Path} (", StringComparison.Ordinal)).Select(e => (int)e.Value!)];

    private async Task<(IReadOnlyList<AttemptRecord> Attempts, MemoryJournal Journal)> RunAsync(Study study)
    {
        corpus.Adoptions.Clear(); // whatever an earlier test reserved
        var journal = new MemoryJournal();
        var attempts = await corpus.RunExactAsync(study, journal, participants: 2);
        Assert.True(journal.EndReasons.Values.All(r => r is null), string.Join("\n", journal.EndReasons.Values)); // no session ended early (a failed hook would say why here)
        return (attempts, journal);
    }
}
