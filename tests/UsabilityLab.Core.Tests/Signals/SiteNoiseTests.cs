using UsabilityLab.Core.Events;
using UsabilityLab.Core.Signals;

namespace UsabilityLab.Core.Tests.Signals;

public class SiteNoiseTests
{
    private static RecordedEvent Http(double t, string detail, int status = 404) =>
        Ev.Of(EventKind.HttpError, t) with { Detail = detail, Value = status };

    private static RecordedEvent Mutation(double t) => Ev.Of(EventKind.Mutation, t);

    [Fact]
    public void Find_BackgroundRequestNobodyCausedThatChangesNothing_IsNoise()
    {
        var head = Http(5000, "HEAD http://app.test/api/ping (fetch)");

        Assert.Contains(head, SiteNoise.Find([Ev.Nav(0, Ev.Home), Ev.Click(1000), Mutation(1100), head, Ev.Move(9000)]));
    }

    [Fact]
    public void Find_RequestAClickCaused_IsTheParticipants()
    {
        var save = Http(1400, "POST http://app.test/api/notes (fetch)", 500);

        Assert.Empty(SiteNoise.Find([Ev.Click(1000), save, Ev.Move(9000)]));
    }

    [Fact]
    public void Find_BackgroundFailureThePageShows_IsTheParticipants()
    {
        // Nobody clicked, but the page put up an "offline" banner right after a quiet spell: people saw it.
        var poll = Http(5000, "GET http://app.test/api/sync (xhr)", 503);

        Assert.Empty(SiteNoise.Find([Ev.Click(1000), Mutation(1100), poll, Mutation(5200), Ev.Move(9000)]));
    }

    [Fact]
    public void Find_ChangeDuringTheAppsOwnRendering_DoesNotShowTheError()
    {
        var options = Http(300, "OPTIONS http://app.test/api/notes (fetch)");

        Assert.Contains(options, SiteNoise.Find([Ev.Nav(0, Ev.Home), Mutation(200), options, Mutation(400), Ev.Move(9000)]));
    }

    [Theory]
    [InlineData("GET http://app.test/missing.png (image)")]
    [InlineData("GET http://app.test/app.js net::ERR_CONNECTION_REFUSED (script)")]
    [InlineData("GET http://app.test/gone (document)")]
    public void Find_FailedImageScriptOrPage_IsNeverNoise(string detail)
    {
        var failed = (detail.Contains("ERR_", StringComparison.Ordinal) ? Ev.Of(EventKind.RequestFailed, 5000) : Http(5000, detail)) with { Detail = detail };

        Assert.Empty(SiteNoise.Find([Ev.Nav(0, Ev.Home), failed, Ev.Move(9000)]));
    }

    [Fact]
    public void Find_PageErrorWithoutAction_IsTheParticipants() =>
        Assert.Empty(SiteNoise.Find([Ev.Nav(0, Ev.Home), Ev.Of(EventKind.PageError, 5000) with { Detail = "TypeError: x is undefined" }, Ev.Move(9000)]));

    [Fact]
    public void Find_RulesGiven_SilenceWhatAClickCaused()
    {
        var telemetry = Http(1100, "POST http://app.test/api/telemetry?id=1 (fetch)");
        var devtools = Ev.Of(EventKind.ConsoleError, 1200) with { Detail = "Download the React DevTools for a better experience" };
        var real = Ev.Of(EventKind.ConsoleError, 1300) with { Detail = "Cannot save note" };
        var rules = new NoiseRules(["/api/telemetry*"], ["^Download the React DevTools"]);

        var noise = SiteNoise.Find([Ev.Click(1000), telemetry, devtools, real, Ev.Move(9000)], rules);

        Assert.Equal(2, noise.Count);
        Assert.DoesNotContain(real, noise);
    }

    [Fact]
    public void ErrorClicks_NoiseTheRulesSilence_MakesNoErrorClick()
    {
        var telemetry = Http(1100, "POST http://app.test/api/telemetry (fetch)");
        var events = new[] { Ev.Click(1000), telemetry, Ev.Move(9000) };

        Assert.Single(ErrorClicks.Detect(events));
        Assert.Empty(ErrorClicks.Detect(events, noise: SiteNoise.Find(events, new NoiseRules(["/api/telemetry"], []))));
    }
}
