namespace UsabilityLab.Cli.Tests.Process;

/// <summary>A <c>lab run</c> process killed outright (SIGKILL): the next command that opens the database tells the truth.</summary>
[Collection(CliCollection.Name)]
public sealed class KillTests : RigTests
{
    [Fact]
    public async Task Run_SigkillMidAttempt_ShowsInterruptedProcessGone_WithoutResume_ThenResumes()
    {
        var state = new StoredState(Rig.Db);
        await using (var run = await Rig.StartHeldInSearchAsync())
        {
            run.Kill(); // the search attempt open, the one before it finished
            Assert.Equal(137, (await run.WaitForExitAsync(ProcessRig.Patience)).ExitCode);
        }

        Assert.Equal(("Running", null), await state.RunAsync(1)); // nothing could mark it: the next open must

        var runs = await Rig.RunAsync("runs", "--db", Rig.Db);
        var analyze = await Rig.RunAsync("analyze", "1", "--db", Rig.Db);

        Assert.Equal(0, runs.ExitCode);
        Assert.Contains("interrupted (process gone)", runs.Out, StringComparison.Ordinal);
        Assert.Equal(0, analyze.ExitCode);
        Assert.Contains("Run 1: Returns then search (interrupted (process gone))", analyze.Out, StringComparison.Ordinal);
        Assert.Equal(("Interrupted", "process gone"), await state.RunAsync(1));
        Assert.Equal([(1L, "Interrupted", "process gone")], await state.SessionsAsync());
        var attempts = await state.AttemptsAsync();
        Assert.Contains((1L, "find-returns", "Success", "all success criteria met"), attempts);
        Assert.Contains((1L, "search-results", "Interrupted", "process gone during the attempt; re-run on resume"), attempts);

        Rig.Searches.Open();
        var resumed = await Rig.RunAsync("run", Rig.SearchStudy, "--persona", "exact", "--db", Rig.Db, "--resume", "1", "--out", "out");

        Assert.Equal(0, resumed.ExitCode);
        Assert.Equal(("Completed", null), await state.RunAsync(1));
        var finished = (await state.AttemptsAsync()).Where(a => a.Outcome != "Interrupted").Select(a => a.Task).Order().ToList();
        Assert.Equal(["find-returns", "search-results"], finished);
    }
}
