using UsabilityLab.Browser;
using UsabilityLab.Browser.Servers;
using UsabilityLab.Core.Errors;
using UsabilityLab.Core.Events;
using UsabilityLab.Core.Runs;
using UsabilityLab.Core.Sessions;
using UsabilityLab.Core.Studies;
using UsabilityLab.Recording.Runner;
using UsabilityLab.Recording.Tests.Support;
using UsabilityLab.Tests.Shared;

namespace UsabilityLab.Recording.Tests.Runner;

/// <summary>A scripted run whose participants are in browser servers' browsers, with no Chromium to be found here.</summary>
[Collection(BrowserCollection.Name)]
public sealed class BrowserServerRunTests(BrowserFixture fixture)
{
    [Fact]
    public async Task RunAsync_TwoBrowserServers_NoLocalChromium_RecordsEveryParticipantAsLocally()
    {
        await using var first = await BrowserServer.StartAsync(fixture.Config, "127.0.0.1", 0, CancellationToken.None);
        await using var second = await BrowserServer.StartAsync(fixture.Config, "127.0.0.1", 0, CancellationToken.None);
        // The run's own config names a Chromium that does not exist: a launch here would fail the run.
        var config = fixture.Config with
        {
            ExecutablePath = "/nonexistent/chromium",
            Browser = new RemoteBrowserConfig { Endpoints = [first.Endpoint, second.Endpoint], PerEndpoint = 1 },
        };
        var journal = new MemoryJournal();
        var study = DemoStudies.Create(fixture.Site.BaseUrl, DemoStudies.FindShoes, DemoStudies.FindReturns);

        var attempts = await new ScriptedRunner(config).RunAsync(study, journal, new ScriptedRunOptions { PersonaMode = PersonaMode.Exact, Participants = 3 });

        Assert.Equal(6, attempts.Count);
        Assert.All(attempts, a => Assert.Equal(AttemptOutcome.Success, a.Outcome));
        Assert.Equal(3, journal.Sessions.Count);
        Assert.All(journal.Sessions.Values, end => Assert.Equal(SessionEnd.Completed, end));
        Assert.Contains(journal.Events, e => e.Kind == EventKind.Click && e.Selector == "#add-to-cart");
        // Page archives are saved over the DevTools protocol, which Playwright carries through the server too.
        Assert.Contains(journal.Archives, a => a.PageKey == "/product/trail-runner");
    }

    [Fact]
    public async Task RunAsync_ServerStoppedMidAttempt_AttemptCrashedNamingIt_ParticipantMovesToTheOther()
    {
        var (site, requested, gate) = await HeldSiteAsync();
        await using var _ = site;
        var first = await BrowserServer.StartAsync(fixture.Config, "127.0.0.1", 0, CancellationToken.None);
        await using var second = await BrowserServer.StartAsync(fixture.Config, "127.0.0.1", 0, CancellationToken.None);
        var journal = new MemoryJournal();
        var notices = new List<string>();

        var running = new ScriptedRunner(Served(first, second), notices: notices.Add).RunAsync(HeldStudy(site), journal, new ScriptedRunOptions { PersonaMode = PersonaMode.Exact, Participants = 1 });
        await requested.WaitAsync(TimeSpan.FromMinutes(2));
        await first.DisposeAsync();
        gate.SetResult();
        var attempts = await running.WaitAsync(TimeSpan.FromMinutes(3));

        var name = $"browser server {BrowserEndpoint.Parse(first.Endpoint, "t").Name}";
        // This journal knows no finished tasks, so the moved participant meets the held task again, on the other server.
        Assert.Equal([AttemptOutcome.Crashed, AttemptOutcome.Success], attempts.Select(a => a.Outcome));
        Assert.StartsWith($"{name} lost", attempts[0].Reason, StringComparison.Ordinal);
        Assert.Equal([SessionEnd.Crashed, SessionEnd.Completed], journal.Sessions.OrderBy(s => s.Key).Select(s => s.Value));
        Assert.StartsWith($"browser disconnected ({name})", journal.EndReasons.OrderBy(s => s.Key).First().Value, StringComparison.Ordinal);
        Assert.Equal([$"P01: {name} was lost; P01 goes on with the tasks it has left in another browser"], notices);
    }

    [Fact]
    public async Task RunAsync_EveryServerGone_KeepsTheCrashedAttempt_EndsWithAnEnvironmentProblem()
    {
        var (site, requested, gate) = await HeldSiteAsync();
        await using var _ = site;
        var only = await BrowserServer.StartAsync(fixture.Config, "127.0.0.1", 0, CancellationToken.None);
        var journal = new MemoryJournal();

        var running = new ScriptedRunner(Served(only)).RunAsync(HeldStudy(site), journal, new ScriptedRunOptions { PersonaMode = PersonaMode.Exact, Participants = 1 });
        await requested.WaitAsync(TimeSpan.FromMinutes(2));
        await only.DisposeAsync();
        gate.SetResult();
        var error = await Assert.ThrowsAsync<EnvironmentProblemException>(() => running.WaitAsync(TimeSpan.FromMinutes(3)));

        var name = $"browser server {BrowserEndpoint.Parse(only.Endpoint, "t").Name}";
        Assert.StartsWith($"every browser server is gone ({name} refused the connection: ", error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain('\n', error.Message);
        var attempt = Assert.Single(journal.Attempts.Values);
        Assert.Equal(AttemptOutcome.Crashed, attempt.Outcome);
        Assert.Equal(SessionEnd.Crashed, Assert.Single(journal.Sessions.Values));
    }

    /// <summary>The fixture's config with browser servers instead of Chromium, which it names where none is.</summary>
    private BrowserConfig Served(params BrowserServer[] servers) => fixture.Config with
    {
        ExecutablePath = "/nonexistent/chromium",
        Browser = new RemoteBrowserConfig { Endpoints = [.. servers.Select(s => s.Endpoint)], PerEndpoint = 1 },
    };

    /// <summary>One task whose start page is held until the test opens the gate (the participant sits in its attempt).</summary>
    private static Study HeldStudy(LoopbackSite site) =>
        DemoStudies.Create(site.BaseUrl, new StudyTask("held", "Held", "Wait for it.", "/held", TimeSpan.FromSeconds(600), [new UrlCriterion("/done")], [], []));

    private static async Task<(LoopbackSite Site, Task Requested, TaskCompletionSource Gate)> HeldSiteAsync()
    {
        var requested = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var gate = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var site = await LoopbackSite.StartAsync(
            new Dictionary<string, string> { ["/done"] = "<!DOCTYPE html><title>Done</title><p>done</p>" },
            new Dictionary<string, Microsoft.AspNetCore.Http.RequestDelegate>
            {
                ["/held"] = async context =>
                {
                    requested.TrySetResult();
                    try
                    {
                        await gate.Task.WaitAsync(context.RequestAborted);
                        context.Response.Redirect("/done");
                    }
                    catch (OperationCanceledException)
                    {
                        // The browser that asked went away.
                    }
                },
            });
        return (site, requested.Task, gate);
    }
}
