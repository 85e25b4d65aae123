namespace UsabilityLab.Cli.Tests.Process;

/// <summary>A run that a live process records cannot be resumed by a second process (it would record every attempt twice).</summary>
[Collection(CliCollection.Name)]
public sealed class ResumeLeaseTests : RigTests
{
    [Fact]
    public async Task Resume_WhileAnotherProcessRecords_RefusedWithOneLine_RunNotDuplicated()
    {
        var state = new StoredState(Rig.Db);
        await using var first = await Rig.StartHeldInSearchAsync("--out", "out");

        var second = await Rig.RunAsync("run", Rig.SearchStudy, "--persona", "exact", "--db", Rig.Db, "--resume", "1", "--out", "out");

        Assert.Equal(2, second.ExitCode);
        var line = Assert.Single(second.ErrorLines);
        Assert.Contains("run 1 is still recording", line, StringComparison.Ordinal);
        Assert.Contains($"process {first.Id} on", line, StringComparison.Ordinal);
        Assert.Equal(("Running", null), await state.RunAsync(1)); // the refusal took nothing from the run

        Rig.Searches.Open();
        var done = await first.WaitForExitAsync(ProcessRig.Patience);

        Assert.Equal(0, done.ExitCode);
        Assert.Equal(("Completed", null), await state.RunAsync(1));
        Assert.Single(await state.SessionsAsync());
        var attempts = (await state.AttemptsAsync()).Select(a => (a.Task, a.Outcome)).Order().ToList();
        Assert.Equal([("find-returns", "Success"), ("search-results", "Success")], attempts);
    }
}
