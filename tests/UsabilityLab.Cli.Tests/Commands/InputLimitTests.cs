using Microsoft.Data.Sqlite;
using UsabilityLab.Tests.Shared;

namespace UsabilityLab.Cli.Tests.Commands;

/// <summary>Study files and CSVs that are not regular files, or too big: one FILE:LINE line and exit 2, never a hang.</summary>
[Collection(CliCollection.Name)]
public sealed class InputLimitTests : IDisposable
{
    private static readonly TimeSpan Fast = TimeSpan.FromSeconds(10);
    private readonly DirectoryInfo _folder = Directory.CreateTempSubdirectory("lab-limits-");

    private string Db => Path.Combine(_folder.FullName, "lab.db");

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        _folder.Delete(recursive: true);
    }

    // A blocked open or an endless read would never return: the timeout turns that hang into a failure.
    private static Task<CliRunner.Result> RunFastAsync(params string[] args) => Task.Run(() => CliRunner.RunAsync(args)).WaitAsync(Fast);

    [Fact]
    public async Task Validate_Fifo_OneLineAndExitCode2_WithoutBlocking()
    {
        var fifo = SpecialFiles.Fifo(Path.Combine(_folder.FullName, "study.yaml"));

        var result = await RunFastAsync("validate", fifo);

        Assert.Equal(2, result.ExitCode);
        Assert.Equal($"{fifo}:1:1: is a named pipe (FIFO), not a regular file; save the content to a file and pass that", result.ErrorLines[0]);
    }

    [Fact]
    public async Task Validate_DevZero_OneLineAndExitCode2()
    {
        var result = await RunFastAsync("validate", SpecialFiles.EndlessDevice);

        Assert.Equal(2, result.ExitCode);
        Assert.Equal($"{SpecialFiles.EndlessDevice}:1:1: is a character device, not a regular file; save the content to a file and pass that", result.ErrorLines[0]);
    }

    [Fact]
    public async Task Validate_TaggedName_LocatedLineAndExitCode2()
    {
        var study = Path.Combine(_folder.FullName, "tagged.yaml");
        File.WriteAllText(study, "name: !!binary aGk=\ntarget: https://shop.example.com\ntasks: [ { id: a, title: A, prompt: P, success: [ { url: /a } ] } ]\n");

        var result = await RunFastAsync("validate", study);

        Assert.Equal(2, result.ExitCode);
        Assert.Equal($"{study}:1:7: tags are not supported; remove '!!binary' (quote the value if it must stay text)", result.ErrorLines[0]);
    }

    [Fact]
    public async Task Import_Fifo_OneLineAndExitCode2_NoDatabase()
    {
        var fifo = SpecialFiles.Fifo(Path.Combine(_folder.FullName, "results.csv"));

        var result = await RunFastAsync("import", fifo, "--study", "S", "--db", Db);

        Assert.Equal(2, result.ExitCode);
        Assert.Equal($"{fifo}:1: is a named pipe (FIFO), not a regular file; save the content to a file and pass that", result.ErrorLines[0]);
        Assert.False(File.Exists(Db));
    }

    [Fact]
    public async Task Import_DevZero_OneLineAndExitCode2()
    {
        var result = await RunFastAsync("import", SpecialFiles.EndlessDevice, "--study", "S", "--db", Db);

        Assert.Equal(2, result.ExitCode);
        Assert.StartsWith($"{SpecialFiles.EndlessDevice}:1: is a character device, not a regular file", result.ErrorLines[0], StringComparison.Ordinal);
    }

    [Fact]
    public async Task Import_HugeTime_LocatedLineAndExitCode2_NothingImported()
    {
        var csv = Path.Combine(_folder.FullName, "huge.csv");
        File.WriteAllText(csv, "participant,task,outcome,time_s\nP1,t,success,10\nP2,t,success,1e308\n");

        var result = await RunFastAsync("import", csv, "--study", "S", "--db", Db);

        Assert.Equal(2, result.ExitCode);
        Assert.StartsWith($"{csv}:3:", result.ErrorLines[0], StringComparison.Ordinal);
        Assert.Contains("time_s '1e308'", result.ErrorLines[0], StringComparison.Ordinal);
        Assert.False(File.Exists(Db));
    }
}
