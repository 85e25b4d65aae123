using UsabilityLab.Core.Events;
using UsabilityLab.Core.Runs;
using UsabilityLab.Core.Sessions;
using UsabilityLab.Core.Studies;
using UsabilityLab.Recording.Runner;
using UsabilityLab.Recording.Tests.Support;
using UsabilityLab.Tests.Shared;

namespace UsabilityLab.Recording.Tests.Runner;

/// <summary>A resumed participant's task starts where it would have: their earlier tasks are replayed, unrecorded.</summary>
[Collection(BrowserCollection.Name)]
public sealed class ResumeReplayTests(BrowserFixture fixture)
{
    private static readonly StudyTask CheckOut = new(
        "check-out", "Check out", "Place the order for what is in your cart.", "/cart", TimeSpan.FromSeconds(180),
        [new TextCriterion("Thank you for your order")], [],
        [
            new ClickStep("#checkout"),
            new FillStep("#name", "Alex Walker"), new FillStep("#email", "alex@example.com"), new FillStep("#address", "12 Ridge Road"),
            new FillStep("#city", "Boulder"), new FillStep("#zip", "80302"), new FillStep("#card", "4111 1111 1111 1111"),
            new ClickStep("#place-order"),
        ]);

    [Fact]
    public async Task Resume_EarlierTaskReplayed_TheNextTaskFindsItsCartAndNothingOfTheReplayIsRecorded()
    {
        var journal = new MemoryJournal { Finished = { DemoStudies.FindShoes.Id } };
        var study = DemoStudies.Create(fixture.Site.BaseUrl, DemoStudies.FindShoes, CheckOut);

        var attempts = await new ScriptedRunner(fixture.Config).RunAsync(study, journal, new ScriptedRunOptions { PersonaMode = PersonaMode.Exact, Participants = 1 });

        var attempt = Assert.Single(attempts);
        Assert.Equal((CheckOut.Id, AttemptOutcome.Success, false), (attempt.TaskId, attempt.Outcome, attempt.Unrestored));
        Assert.DoesNotContain(journal.Events, e => e.Kind == EventKind.Click && e.Selector == "#add-to-cart");
    }

    [Fact]
    public async Task Resume_EarlierTaskCannotBeReplayed_LaterAttemptsAreMarkedUnrestored()
    {
        var broken = DemoStudies.FindShoes with { Steps = [new ClickStep("#no-such-button")] };
        var journal = new MemoryJournal { Finished = { broken.Id } };
        var study = DemoStudies.Create(fixture.Site.BaseUrl, broken, CheckOut);

        var attempts = await new ScriptedRunner(fixture.Config with { ActionTimeoutMs = 1_000 }).RunAsync(study, journal, new ScriptedRunOptions { PersonaMode = PersonaMode.Exact, Participants = 1 });

        Assert.True(Assert.Single(attempts).Unrestored);
    }
}
