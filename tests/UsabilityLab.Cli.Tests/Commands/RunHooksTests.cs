using Microsoft.Data.Sqlite;
using UsabilityLab.Tests.Shared;

namespace UsabilityLab.Cli.Tests.Commands;

/// <summary>What `lab run` says and returns when a study's setup hook fails: one line naming the hook, where it is written.</summary>
[Collection(CliCollection.Name)]
public sealed class RunHooksTests : IAsyncLifetime
{
    private DirectoryInfo _folder = null!;

    private string Db => Path.Combine(_folder.FullName, "lab.db");

    private string StudyFile => Path.Combine(_folder.FullName, "hooked.yaml");

    public Task InitializeAsync()
    {
        _folder = Directory.CreateTempSubdirectory("lab-hooks-");
        return Task.CompletedTask;
    }

    public Task DisposeAsync()
    {
        SqliteConnection.ClearAllPools();
        _folder.Delete(recursive: true);
        return Task.CompletedTask;
    }

    [Fact]
    public async Task Run_RunSetupFails_ExitsWith3AndOneLineNamingTheHook()
    {
        await WriteStudyAsync("run");

        var result = await RunAsync();

        Assert.Equal(3, result.ExitCode);
        Assert.Contains($"lab: {StudyFile}:6:7: run setup failed: command sh -c echo no staging database >&2; exit 4 exited with code 4: no staging database", result.ErrorLines);
    }

    [Fact]
    public async Task Run_ParticipantSetupFails_RunEndsAndEachParticipantsLineIsPrinted()
    {
        await WriteStudyAsync("participant");

        var result = await RunAsync();

        Assert.Equal(0, result.ExitCode); // no gate; the sessions say what happened
        Assert.Equal(
            ["P01", "P02"],
            result.ErrorLines.Where(l => l.EndsWith("participant setup failed: command sh -c echo no staging database >&2; exit 4 exited with code 4: no staging database", StringComparison.Ordinal))
                .Select(l => l.Split(':')[1].Trim()));
    }

    private Task WriteStudyAsync(string level) => File.WriteAllTextAsync(StudyFile, $$"""
        name: Hooked study
        target: http://127.0.0.1:9/
        participants: { count: 2, seed: 1 }
        setup:
          {{level}}:
            - command: [sh, -c, "echo no staging database >&2; exit 4"]
        tasks:
          - id: look
            title: Look around
            prompt: Have a look.
            success: [ { text: Welcome } ]
        """);

    private async Task<CliRunner.Result> RunAsync()
    {
        using var env = new EnvironmentScope().Set("USABILITYLAB_CONFIG", null);
        return await CliRunner.RunAsync("run", StudyFile, "--persona", "exact", "--db", Db, "--out", _folder.FullName);
    }
}
