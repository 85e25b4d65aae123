using System.Net.Sockets;
using System.Text.RegularExpressions;

namespace UsabilityLab.Cli.Tests.Process;

/// <summary>
/// Real <c>lab browser-server</c> processes, and <c>lab run</c> processes that record in them with no Chromium of their
/// own: the run's config names one that does not exist.
/// </summary>
[Collection(CliCollection.Name)]
public sealed partial class BrowserServerProcessTests : RigTests
{
    // Opens with the quick task, then waits in the held search; the third task is what a participant whose server
    // went has left to do elsewhere.
    private const string ThreeTasks = """
        name: Returns, search, returns again
        target: ${DEMO_SITE_URL}
        participants: { count: 2, seed: 1 }
        tasks:
          - id: find-returns
            title: Find the returns policy
            prompt: Find out how many days you have to return an item.
            start: /
            success: [ { url: /help } ]
            steps:
              - click: "role=link[name='Help']"
          - id: search-results
            title: Pick a headlamp from the search results
            prompt: Open the headlamp's product page from the search results.
            start: /search?q=headlamp
            timeLimit: 600s
            success: [ { url: /product/headlamp } ]
            steps:
              - click: "role=link[name='Headlamp']"
          - id: returns-again
            title: Find the returns policy again
            prompt: Find it once more.
            start: /
            success: [ { url: /help } ]
            steps:
              - click: "role=link[name='Help']"
        """;

    [Fact]
    public async Task BrowserServer_EndpointAloneOnStdout_SigtermStopsDriverAndChromium()
    {
        var server = Rig.Start("browser-server", "--port", "0");
        var endpoint = await server.OutputLineAsync("ws://", ProcessRig.Patience);
        var below = ProcessTree.Below(server.Id);
        var port = PortOf(endpoint);
        var listening = await ListensAsync(port);

        server.Terminate();
        var stopped = await server.WaitForExitAsync(ProcessRig.Patience);

        Assert.Matches(EndpointLine(), endpoint);
        Assert.True(listening);
        Assert.Equal(0, stopped.ExitCode);
        Assert.Equal(endpoint, stopped.Out.Trim()); // the one line a script reads
        Assert.True(below.Count >= 2, $"expected the driver and its Chromium below the lab, found {below.Count} processes");
        Assert.True(await ProcessTree.GoneAsync(below, ProcessRig.Patience), "a process of the browser server outlived it");
        Assert.False(await ListensAsync(port));
    }

    [Fact]
    public async Task Run_TwoBrowserServers_NoChromiumHere_EveryParticipantRecorded()
    {
        var (first, second) = (await StartServerAsync(), await StartServerAsync());
        var study = Rig.Study("returns.yaml", ThreeTasks.Replace("count: 2", "count: 4", StringComparison.Ordinal));
        Rig.Searches.Open();

        var run = await RunWithoutChromiumAsync(study, first, second);

        Assert.Equal(0, run.ExitCode);
        var state = new StoredState(Rig.Db);
        Assert.Equal(("Completed", null), await state.RunAsync(1));
        var sessions = await state.SessionRowsAsync();
        Assert.Equal(4, sessions.Count);
        Assert.All(sessions, s => Assert.Equal("Completed", s.Status));
        var attempts = await state.AttemptRowsAsync();
        Assert.Equal(12, attempts.Count);
        Assert.All(attempts, a => Assert.Equal("Success", a.Outcome));
    }

    [Fact]
    public async Task Run_ServerKilledMidAttempt_AttemptCrashedWithTheServer_ParticipantFinishesOnTheOther_NothingLost()
    {
        var (doomed, spared) = (await StartServerAsync(), await StartServerAsync());
        var doomedEndpoint = await doomed.OutputLineAsync("ws://", ProcessRig.Patience);
        var doomedName = $"browser server 127.0.0.1:{PortOf(doomedEndpoint)}";
        var study = Rig.Study("three.yaml", ThreeTasks);
        var state = new StoredState(Rig.Db);
        await using var run = Rig.Start(
            new Dictionary<string, string?> { ["USABILITYLAB_CONFIG"] = Rig.ConfigWithoutChromium(), ["USABILITYLAB_BROWSER"] = "/nonexistent/chromium" },
            "run", study, "--persona", "exact", "--db", Rig.Db, "--out", "out", "--per-endpoint", "1",
            "--browser-endpoint", doomedEndpoint, "--browser-endpoint", await spared.OutputLineAsync("ws://", ProcessRig.Patience));
        // Both participants wait in their held searches, one in each server's browser.
        await run.WaitUntilAsync(() => HasAsync(state, a => a.Task == "search-results", 2), "both participants in their search", ProcessRig.Patience);
        var doomedProcesses = ProcessTree.Below(doomed.Id);

        doomed.Kill(); // the server's lab process dies at once; its driver and Chromium follow it
        await run.WaitUntilAsync(() => HasAsync(state, a => a.Outcome == "Crashed", 1), "the lost attempt marked crashed", ProcessRig.Patience);
        Rig.Searches.Open();
        var result = await run.WaitForExitAsync(ProcessRig.Patience);

        Assert.Equal(0, result.ExitCode);
        Assert.Equal(("Completed", null), await state.RunAsync(1));
        var attempts = await state.AttemptRowsAsync();
        var sessions = await state.SessionRowsAsync();
        var crashed = Assert.Single(attempts, a => a.Outcome == "Crashed");
        Assert.Equal("search-results", crashed.Task);
        Assert.StartsWith($"{doomedName} lost", crashed.Reason, StringComparison.Ordinal);
        Assert.DoesNotContain(new Uri(doomedEndpoint).AbsolutePath, crashed.Reason, StringComparison.Ordinal); // the server's secret stays out of the store
        // The lost participant: its first session ended crashed, naming the server; what it did there is kept, and its
        // last task ran in a second session, on the other server.
        var moved = crashed.Participant;
        var lostSession = Assert.Single(sessions, s => s.Id == crashed.Session);
        Assert.Equal("Crashed", lostSession.Status);
        Assert.StartsWith($"browser disconnected ({doomedName})", lostSession.EndReason, StringComparison.Ordinal);
        var kept = Assert.Single(attempts, a => a.Participant == moved && a.Task == "find-returns");
        Assert.Equal(("Success", crashed.Session), (kept.Outcome, kept.Session));
        Assert.True(await state.EventCountAsync(kept.Id) > 0, "the events of the attempt recorded before the loss were lost");
        var resumed = Assert.Single(attempts, a => a.Participant == moved && a.Task == "returns-again");
        Assert.Equal("Success", resumed.Outcome);
        Assert.NotEqual(crashed.Session, resumed.Session);
        Assert.Equal("Completed", Assert.Single(sessions, s => s.Id == resumed.Session).Status);
        // The other participant never noticed.
        Assert.Equal(["Success", "Success", "Success"], attempts.Where(a => a.Participant != moved).Select(a => a.Outcome));
        Assert.Equal(3, attempts.Count(a => a.Participant != moved));
        Assert.Contains($"{doomedName} was lost", result.Error, StringComparison.Ordinal);
        Assert.True(await ProcessTree.GoneAsync(doomedProcesses, ProcessRig.Patience), "the killed server's driver or Chromium outlived it");
    }

    [Fact]
    public async Task Run_OnlyServerKilled_ExitCode3KeepingWhatWasRecorded_ThenResumesOnANewServer()
    {
        var doomed = await StartServerAsync();
        var study = Rig.Study("three.yaml", ThreeTasks.Replace("count: 2", "count: 1", StringComparison.Ordinal));
        var state = new StoredState(Rig.Db);
        var withoutChromium = new Dictionary<string, string?> { ["USABILITYLAB_CONFIG"] = Rig.ConfigWithoutChromium(), ["USABILITYLAB_BROWSER"] = "/nonexistent/chromium" };
        CliRunner.Result failed;
        await using (var run = Rig.Start(withoutChromium, "run", study, "--persona", "exact", "--db", Rig.Db, "--out", "out", "--browser-endpoint", await doomed.OutputLineAsync("ws://", ProcessRig.Patience)))
        {
            await run.WaitUntilAsync(() => HasAsync(state, a => a.Task == "search-results", 1), "the participant in its search", ProcessRig.Patience);
            doomed.Kill();
            failed = await run.WaitForExitAsync(ProcessRig.Patience);
        }

        Assert.Equal(3, failed.ExitCode);
        var line = Assert.Single(failed.ErrorLines, l => l.Contains("every browser server is gone", StringComparison.Ordinal));
        Assert.EndsWith("run 1 keeps what was recorded: resume it with --resume 1 once the browsers are back", line, StringComparison.Ordinal);
        Assert.Equal("Failed", (await state.RunAsync(1)).Status);
        Assert.Equal(["Success", "Crashed"], (await state.AttemptRowsAsync()).Select(a => a.Outcome));

        Rig.Searches.Open();
        var fresh = await StartServerAsync();
        await using var resume = Rig.Start(withoutChromium, "run", study, "--persona", "exact", "--db", Rig.Db, "--out", "out", "--resume", "1", "--browser-endpoint", await fresh.OutputLineAsync("ws://", ProcessRig.Patience));
        var resumed = await resume.WaitForExitAsync(ProcessRig.Patience);

        Assert.Equal(0, resumed.ExitCode);
        Assert.Equal(("Completed", null), await state.RunAsync(1));
        Assert.Equal(["find-returns:Success", "search-results:Crashed", "returns-again:Success"], (await state.AttemptRowsAsync()).Select(a => $"{a.Task}:{a.Outcome}"));
    }

    private async Task<LabProcess> StartServerAsync()
    {
        var server = Rig.Start("browser-server", "--port", "0");
        await server.OutputLineAsync("ws://", ProcessRig.Patience);
        return server;
    }

    private async Task<CliRunner.Result> RunWithoutChromiumAsync(string study, params LabProcess[] servers)
    {
        var endpoints = new List<string>();
        foreach (var server in servers)
        {
            endpoints.AddRange(["--browser-endpoint", await server.OutputLineAsync("ws://", ProcessRig.Patience)]);
        }

        await using var run = Rig.Start(
            new Dictionary<string, string?> { ["USABILITYLAB_CONFIG"] = Rig.ConfigWithoutChromium(), ["USABILITYLAB_BROWSER"] = "/nonexistent/chromium" },
            ["run", study, "--persona", "exact", "--db", Rig.Db, "--out", "out", "--per-endpoint", "1", .. endpoints]);
        return await run.WaitForExitAsync(ProcessRig.Patience);
    }

    private static int PortOf(string endpoint) => new Uri(endpoint).Port;

    /// <summary>Whether <paramref name="count"/> stored attempts match; false while the run has not made its database yet.</summary>
    private static async Task<bool> HasAsync(StoredState state, Func<(long Id, long Session, long Participant, string Task, string Outcome, string? Reason), bool> match, int count)
    {
        try
        {
            return (await state.AttemptRowsAsync()).Count(match) == count;
        }
        catch (Microsoft.Data.Sqlite.SqliteException)
        {
            return false;
        }
    }

    private static async Task<bool> ListensAsync(int port)
    {
        using var client = new TcpClient();
        try
        {
            await client.ConnectAsync(System.Net.IPAddress.Loopback, port);
            return true;
        }
        catch (SocketException)
        {
            return false;
        }
    }

    [GeneratedRegex(@"^ws://127\.0\.0\.1:\d+/[0-9a-f]{32}$")]
    private static partial Regex EndpointLine();
}
