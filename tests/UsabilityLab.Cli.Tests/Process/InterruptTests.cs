using System.Text.Json;

namespace UsabilityLab.Cli.Tests.Process;

/// <summary>Ctrl-C (SIGINT) sent to a real <c>lab run</c> process: the message, the exit code and what is stored.</summary>
[Collection(CliCollection.Name)]
public sealed class InterruptTests : RigTests
{
    [Fact]
    public async Task Run_SigintMidRun_StoresAnHonestInterruptedRun_ThatResumesWithoutDuplicates()
    {
        Rig.Searches.Open();
        var state = new StoredState(Rig.Db);
        await using var run = Rig.Start("run", Studies.DemoShop, "--participants", "3", "--persona", "exact", "--db", Rig.Db, "--out", "out");
        // Ctrl-C once P01 has done its five tasks and P02 has started its first: the resume must leave P01 alone, re-run
        // P02's cut attempt and run P03. (How a participant cut after its first task gets its cart back is not this test's.)
        await run.WaitUntilAsync(async () => await state.AttemptCountAsync() > 5, "P02's first attempt", ProcessRig.Patience);

        run.Interrupt();
        var interrupted = await run.WaitForExitAsync(ProcessRig.Patience);

        Assert.Equal(130, interrupted.ExitCode);
        Assert.Contains("lab: stopping", interrupted.Error, StringComparison.Ordinal);
        Assert.Matches(@"^lab: interrupted: 1 of 3 participants done; .* Resume with \./lab run .*demo-shop\.yaml --resume 1$", interrupted.ErrorLines[^1]);
        Assert.Contains("1/3 participants done (P01 finished)", interrupted.Out, StringComparison.Ordinal);
        Assert.DoesNotContain("(P02 finished)", interrupted.Out, StringComparison.Ordinal); // stopped in its tasks
        Assert.Equal(("Interrupted", null), await state.RunAsync(1));
        Assert.DoesNotContain(await state.SessionsAsync(), s => s.Status == "Running");
        // The attempt open at Ctrl-C is stored as cut short, not as still running.
        Assert.All((await state.AttemptsAsync()).Where(a => a.Outcome == "Interrupted"), a => Assert.Equal("run interrupted", a.Reason));
        Assert.Equal("interrupted", await ListedStatusAsync(1));

        var resumed = await Rig.RunAsync("run", Studies.DemoShop, "--persona", "exact", "--db", Rig.Db, "--resume", "1", "--out", "out");

        Assert.Equal(1, resumed.ExitCode); // completed; the coupon trap fails its gate as designed
        Assert.Contains("Resuming run 1", resumed.Out, StringComparison.Ordinal);
        Assert.Equal(("Completed", null), await state.RunAsync(1));
        var finished = (await state.AttemptsAsync()).Where(a => a.Outcome != "Interrupted").Select(a => (a.Participant, a.Task)).ToList();
        Assert.Equal(3 * 5, finished.Count);
        Assert.Equal(finished.Count, finished.Distinct().Count());
        var sessions = await state.SessionsAsync();
        Assert.DoesNotContain(sessions, s => s.Status == "Running");
        Assert.Single(sessions, s => s.Participant == 1); // P01 was done: the resume did not open it again
    }

    [Fact]
    public async Task Run_SecondSigintWhileStopping_QuitsAtOnce_RunShowsProcessGone()
    {
        await using var run = await Rig.StartHeldInSearchAsync();

        // The search is held, so the open attempt cannot finish: the first Ctrl-C leaves the process stopping.
        run.Interrupt();
        await run.WaitForErrorAsync("lab: stopping", ProcessRig.Patience);
        run.Interrupt();
        var quit = await run.WaitForExitAsync(ProcessRig.Patience);

        Assert.Equal(130, quit.ExitCode);
        Assert.Contains("lab: quitting at once", quit.Error, StringComparison.Ordinal);
        Assert.DoesNotContain("lab: interrupted:", quit.Error, StringComparison.Ordinal); // it did not wait to save the attempt
        Assert.Equal("interrupted (process gone)", await ListedStatusAsync(1)); // as the message says
    }

    /// <summary>The run's status as <c>lab runs --json</c> prints it.</summary>
    private async Task<string?> ListedStatusAsync(long runId)
    {
        var listed = await Rig.RunAsync("runs", "--db", Rig.Db, "--json");
        Assert.Equal(0, listed.ExitCode);
        using var json = JsonDocument.Parse(listed.Out);
        return json.RootElement.EnumerateArray().Single(r => r.GetProperty("id").GetInt64() == runId).GetProperty("status").GetString();
    }
}
