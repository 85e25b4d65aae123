namespace UsabilityLab.Cli.Tests.Process;

/// <summary>
/// Database paths as a user gets them wrong, from a real working folder: commands that only read never create a
/// database (not the one named, not ./usabilitylab.db), and two databases' runs never share an output file.
/// </summary>
[Collection(CliCollection.Name)]
public sealed class DatabasePathTests : RigTests
{
    [Theory]
    [InlineData("runs --db missing.db", "missing.db")]
    [InlineData("runs", "usabilitylab.db")]
    [InlineData("analyze 1 --db typo.db", "typo.db")]
    [InlineData("analyze 1", "usabilitylab.db")]
    public async Task ReadOnlyCommand_NoDatabaseThere_ExitCode2_OneLine_NoFileCreated(string commandLine, string meant)
    {
        var result = await Rig.RunAsync(commandLine.Split(' '));

        Assert.Equal(2, result.ExitCode);
        var line = Assert.Single(result.ErrorLines);
        Assert.StartsWith($"--db {Path.Combine(Rig.Folder.FullName, meant)}: no database there", line, StringComparison.Ordinal);
        Assert.Empty(Rig.Folder.GetFileSystemInfos()); // no named file, no ./usabilitylab.db, no -wal or -shm
    }

    [Fact]
    public async Task Run_TwoLabDbsOneOutFolder_TwoDistinctJsonFiles_NeitherReplaced()
    {
        var study = Rig.Study("study.yaml", Studies.ReturnsOnly);
        Rig.Searches.Open();
        Directory.CreateDirectory(Path.Combine(Rig.Folder.FullName, "a"));
        Directory.CreateDirectory(Path.Combine(Rig.Folder.FullName, "b"));

        var first = await Rig.RunAsync("run", study, "--persona", "exact", "--db", Path.Combine("a", "lab.db"), "--out", "out");
        var firstJson = JsonPath(first);
        var firstBytes = await File.ReadAllBytesAsync(firstJson);
        var second = await Rig.RunAsync("run", study, "--persona", "exact", "--db", Path.Combine("b", "lab.db"), "--out", "out");
        var secondJson = JsonPath(second);

        Assert.NotEqual(firstJson, secondJson);
        Assert.Equal(2, Directory.GetFiles(Path.Combine(Rig.Folder.FullName, "out"), "*.json").Length);
        Assert.All(new[] { firstJson, secondJson }, p => Assert.Matches(@"^lab-[0-9a-f]{6}-run-1\.json$", Path.GetFileName(p)));
        Assert.Equal(firstBytes, await File.ReadAllBytesAsync(firstJson));
    }

    /// <summary>Where a completed run says it wrote its analysis JSON.</summary>
    private static string JsonPath(CliRunner.Result run)
    {
        Assert.Equal(0, run.ExitCode);
        const string Prefix = "Analysis (JSON): ";
        var path = Assert.Single(run.Out.Split('\n'), l => l.StartsWith(Prefix, StringComparison.Ordinal))[Prefix.Length..].Trim();
        Assert.True(File.Exists(path), path);
        return path;
    }
}
