namespace UsabilityLab.Cli.Tests.Process;

/// <summary>A <c>lab run</c> process killed outright (SIGKILL): the next command that opens the database tells the truth.</summary>
[Collection(CliCollection.Name)]
public sealed class KillTests : IAsyncLifetime
{
    private ProcessRig _rig = null!;

    public async Task InitializeAsync() => _rig = await ProcessRig.StartAsync();

    public async Task DisposeAsync() => await _rig.DisposeAsync();

    [Fact]
    public async Task Run_SigkillMidAttempt_ShowsInterruptedProcessGone_WithoutResume_ThenResumes()
    {
        var study = _rig.Study("study.yaml", Studies.ReturnsThenSearch);
        var state = new StoredState(_rig.Db);
        await using (var run = _rig.Start("run", study, "--persona", "exact", "--db", _rig.Db))
        {
            // Killed while its search is held: the search attempt is open, the one before it finished.
            await run.WaitUntilAsync(() => Task.FromResult(_rig.Searches.Requested.IsCompleted), "the participant's search", ProcessRig.Patience);
            run.Kill();
            Assert.Equal(137, (await run.WaitForExitAsync(ProcessRig.Patience)).ExitCode);
        }

        Assert.Equal(("Running", null), await state.RunAsync(1)); // nothing could mark it: the next open must

        var runs = await _rig.RunAsync("runs", "--db", _rig.Db);
        var analyze = await _rig.RunAsync("analyze", "1", "--db", _rig.Db);

        Assert.Equal(0, runs.ExitCode);
        Assert.Contains("interrupted (process gone)", runs.Out, StringComparison.Ordinal);
        Assert.Contains("Run 1: Returns then search (interrupted (process gone))", analyze.Out, StringComparison.Ordinal);
        Assert.Equal(("Interrupted", "process gone"), await state.RunAsync(1));
        Assert.Equal([(1L, "Interrupted", "process gone")], await state.SessionsAsync());
        var attempts = await state.AttemptsAsync();
        Assert.Contains((1L, "find-returns", "Success", "all success criteria met"), attempts);
        Assert.Contains((1L, "use-search", "Interrupted", "process gone during the attempt; re-run on resume"), attempts);

        _rig.Searches.Open();
        var resumed = await _rig.RunAsync("run", study, "--persona", "exact", "--db", _rig.Db, "--resume", "1", "--out", "out");

        Assert.Equal(0, resumed.ExitCode);
        Assert.Equal(("Completed", null), await state.RunAsync(1));
        var finished = (await state.AttemptsAsync()).Where(a => a.Outcome != "Interrupted").Select(a => a.Task).Order().ToList();
        Assert.Equal(["find-returns", "use-search"], finished);
    }
}
