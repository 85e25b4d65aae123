using Microsoft.AspNetCore.Http;
using UsabilityLab.Core.Analysis;
using UsabilityLab.Core.Runs;
using UsabilityLab.Core.Sessions;
using UsabilityLab.Core.Studies.Hooks;
using UsabilityLab.Core.Studies;
using UsabilityLab.Recording.Runner.Hooks;
using UsabilityLab.Recording.Runner;
using UsabilityLab.Recording.Tests.Support;
using UsabilityLab.Tests.Shared;

namespace UsabilityLab.Recording.Tests.Runner.Hooks;

/// <summary>
/// What a failed hook does at each level, on the demo shop, and how setup runs for a resumed participant. The reset
/// endpoint is a loopback site that answers as each test says and logs what it was asked.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class HookedRunTests(BrowserFixture fixture) : IAsyncLifetime
{
    private LoopbackSite _api = null!;
    private int _flaky;

    public async Task InitializeAsync() => _api = await LoopbackSite.StartAsync(new Dictionary<string, string>(), new Dictionary<string, RequestDelegate>
    {
        ["/ok"] = context => Answer(context, StatusCodes.Status204NoContent),
        // Fails the first time only: a setup that works for the next task.
        ["/flaky"] = context => Answer(context, Interlocked.Increment(ref _flaky) == 1 ? StatusCodes.Status503ServiceUnavailable : StatusCodes.Status204NoContent),
    });

    public async Task DisposeAsync() => await _api.DisposeAsync();

    [Fact]
    public async Task RunAsync_RunSetupFails_ThrowsBeforeAnyParticipantAndTheRunTeardownStillRuns()
    {
        var journal = new MemoryJournal();
        var study = Study(setup: HookPlan.None with { Run = [Request("/down", "study.yaml:4:7")] }, teardown: HookPlan.None with { Run = [Request("/ok")] });

        var failed = await Assert.ThrowsAsync<HookFailedException>(() => new ScriptedRunner(fixture.Config).RunAsync(study, journal, new ScriptedRunOptions { Participants = 2 }));

        Assert.Equal($"study.yaml:4:7: run setup failed: request GET {_api.Url("/down")} answered 404 Not Found, expected 2xx", failed.Message);
        Assert.False(failed.AfterRun);
        Assert.Empty(journal.Sessions);
        Assert.Equal(["GET /down", "GET /ok"], _api.Requests);
    }

    [Fact]
    public async Task RunAsync_ParticipantSetupFails_SessionEndsWithTheReasonAndNoAttempts()
    {
        var journal = new MemoryJournal();
        var study = Study(
            setup: HookPlan.None with { Participant = [Request("/down?for=${PARTICIPANT}", "study.yaml:6:7")] },
            teardown: HookPlan.None with { Participant = [Request("/ok")], Run = [Request("/down?run=${RUN}", "study.yaml:9:7")] });

        var failed = await Assert.ThrowsAsync<HookFailedException>(() => new ScriptedRunner(fixture.Config).RunAsync(study, journal, new ScriptedRunOptions { Participants = 2, RunId = 12 }));

        Assert.Empty(journal.Attempts);
        Assert.Equal([SessionEnd.HookFailed, SessionEnd.HookFailed], journal.Sessions.Values);
        // Query values are masked in what is stored, as in every stored URL (capture.keepQueryParams).
        Assert.Equal($"study.yaml:6:7: participant setup failed: request GET {_api.Url("/down")}?for=*** answered 404 Not Found, expected 2xx", journal.EndReasons.Values.Distinct().Single());
        Assert.Equal(["GET /down?for=P01", "GET /ok", "GET /down?for=P02", "GET /ok", "GET /down?run=12"], _api.Requests);
        Assert.True(failed.AfterRun); // the run teardown failed after every result was stored
    }

    [Fact]
    public async Task RunAsync_TaskSetupFails_AttemptIsASetupErrorLeftOutOfAnalysisAndTheNextTaskRuns()
    {
        var journal = new MemoryJournal();
        var study = Study(setup: HookPlan.None with { Task = [Request("/flaky", "study.yaml:7:7")] }, tasks: [DemoStudies.FindReturns, DemoStudies.FindShoes]);

        var attempts = await new ScriptedRunner(fixture.Config).RunAsync(study, journal, Exact);

        Assert.Equal(
            [
                (DemoStudies.FindReturns.Id, AttemptOutcome.Error, $"setup failed: study.yaml:7:7: request GET {_api.Url("/flaky")} answered 503 Service Unavailable, expected 2xx", true),
                (DemoStudies.FindShoes.Id, AttemptOutcome.Success, "all success criteria met", false),
            ],
            attempts.Select(a => (a.TaskId, a.Outcome, a.Reason, a.Unrestored)));
        Assert.Equal(SessionEnd.Completed, Assert.Single(journal.Sessions.Values));
        var analysis = RunAnalyzer.Analyze(study, attempts, [.. journal.Events], []);
        Assert.Equal(1, analysis.UnrestoredAttempts);
        Assert.Equal((0, null), analysis.Tasks.Where(t => t.Id == DemoStudies.FindReturns.Id).Select(t => (t.Attempts, t.SuccessRate)).Single());
    }

    [Fact]
    public async Task RunAsync_TaskTeardownFails_SessionEndsAfterThatAttempt()
    {
        var journal = new MemoryJournal();
        var study = Study(teardown: HookPlan.None with { Task = [Request("/down", "study.yaml:8:7")] }, tasks: [DemoStudies.FindReturns, DemoStudies.FindShoes]);

        var attempts = await new ScriptedRunner(fixture.Config).RunAsync(study, journal, Exact);

        Assert.Equal((DemoStudies.FindReturns.Id, AttemptOutcome.Success), (Assert.Single(attempts).TaskId, attempts[0].Outcome));
        Assert.Equal(SessionEnd.HookFailed, Assert.Single(journal.Sessions.Values));
        Assert.Equal($"study.yaml:8:7: task teardown failed: request GET {_api.Url("/down")} answered 404 Not Found, expected 2xx", Assert.Single(journal.EndReasons.Values));
    }

    [Fact]
    public async Task RunAsync_ResumedParticipant_SetupRunsBeforeTheReplayAndHookTabsAreNotRecorded()
    {
        // The setup insists on an empty cart: run after the replay, which fills it, it would fail the session.
        var emptyCart = new StepsHook("/cart", [new ExpectStep("Your cart is empty", null, null)]);
        var sizeGuide = new StepsHook("/size-guide", [new ExpectStep(null, "h1", null)]);
        var seeCart = new StudyTask("see-cart", "See your cart", "Look at what is in your cart.", "/cart", TimeSpan.FromSeconds(60), [new TextCriterion("Trail Runner")], [], []);
        var journal = new MemoryJournal { Finished = { DemoStudies.FindShoes.Id } };
        var study = Study(setup: HookPlan.None with { Participant = [emptyCart], Task = [sizeGuide] }, tasks: [DemoStudies.FindShoes, seeCart]);

        var attempts = await new ScriptedRunner(fixture.Config).RunAsync(study, journal, Exact);

        Assert.Equal((seeCart.Id, AttemptOutcome.Success, false), (Assert.Single(attempts).TaskId, attempts[0].Outcome, attempts[0].Unrestored));
        Assert.Equal(SessionEnd.Completed, Assert.Single(journal.Sessions.Values));
        Assert.DoesNotContain(journal.Events, e => $"{e.Url} {e.Detail}".Contains("size-guide", StringComparison.Ordinal));
    }

    private static ScriptedRunOptions Exact { get; } = new() { PersonaMode = PersonaMode.Exact, Participants = 1 };

    private Study Study(HookPlan? setup = null, HookPlan? teardown = null, IReadOnlyList<StudyTask>? tasks = null) =>
        DemoStudies.Create(fixture.Site.BaseUrl, [.. tasks ?? [DemoStudies.FindReturns]]) with { Hooks = new StudyHooks(setup ?? HookPlan.None, teardown ?? HookPlan.None) };

    private RequestHook Request(string path, string source = "study.yaml:1:1") =>
        new("GET", $"{_api.BaseUrl}{path.TrimStart('/')}", null, new Dictionary<string, string>(), null) { Source = source }; // as written: ${…} unescaped

    private static Task Answer(HttpContext context, int status)
    {
        context.Response.StatusCode = status;
        return Task.CompletedTask;
    }
}
