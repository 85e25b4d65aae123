namespace UsabilityLab.Cli.Tests.Process;

/// <summary>A run that a live process records cannot be resumed by a second process (it would record every attempt twice).</summary>
[Collection(CliCollection.Name)]
public sealed class ResumeLeaseTests : IAsyncLifetime
{
    private ProcessRig _rig = null!;

    public async Task InitializeAsync() => _rig = await ProcessRig.StartAsync();

    public async Task DisposeAsync() => await _rig.DisposeAsync();

    [Fact]
    public async Task Resume_WhileAnotherProcessRecords_RefusedWithOneLine_RunNotDuplicated()
    {
        var study = _rig.Study("study.yaml", Studies.ReturnsThenSearch);
        var state = new StoredState(_rig.Db);
        await using var first = _rig.Start("run", study, "--persona", "exact", "--db", _rig.Db, "--out", "out");
        await first.WaitUntilAsync(() => Task.FromResult(_rig.Searches.Requested.IsCompleted), "the participant's search", ProcessRig.Patience);

        var second = await _rig.RunAsync("run", study, "--persona", "exact", "--db", _rig.Db, "--resume", "1", "--out", "out");

        Assert.Equal(2, second.ExitCode);
        var line = Assert.Single(second.ErrorLines);
        Assert.Contains("run 1 is still recording", line, StringComparison.Ordinal);
        Assert.Contains($"process {first.Id} on", line, StringComparison.Ordinal);
        Assert.Equal(("Running", null), await state.RunAsync(1)); // the refusal took nothing from the run

        _rig.Searches.Open();
        var done = await first.WaitForExitAsync(ProcessRig.Patience);

        Assert.Equal(0, done.ExitCode);
        Assert.Equal(("Completed", null), await state.RunAsync(1));
        Assert.Single(await state.SessionsAsync());
        var attempts = (await state.AttemptsAsync()).Select(a => (a.Task, a.Outcome)).Order().ToList();
        Assert.Equal([("find-returns", "Success"), ("use-search", "Success")], attempts);
    }
}
