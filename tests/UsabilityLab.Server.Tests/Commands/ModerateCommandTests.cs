using UsabilityLab.CommandLine;
using UsabilityLab.Tests.Shared;

namespace UsabilityLab.Server.Tests.Commands;

/// <summary>
/// <c>./lab moderate</c> as a user meets it: the lab script hands it to the lab server, which answers bad usage the way
/// the CLI does (one line, exit code 2) before any browser or database is touched.
/// </summary>
public sealed class ModerateCommandTests
{
    [Fact]
    public async Task Moderate_ParticipantGivenAsAName_RefusedWithOneLine_ExitCode2()
    {
        var result = await RunAsync("moderate", RepositoryFiles.Find("scenarios/demo-shop.yaml"), "--participant", "Jane Doe");

        Assert.Equal(ExitCodes.Usage, result.ExitCode);
        var line = Assert.Single(result.ErrorLines);
        Assert.StartsWith("--participant 'Jane Doe': use a pseudonymous label", line, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Moderate_WithoutParticipant_PointsToItsOwnHelp_ExitCode2()
    {
        var result = await RunAsync("moderate", "study.yaml");

        Assert.Equal(ExitCodes.Usage, result.ExitCode);
        var line = Assert.Single(result.ErrorLines);
        Assert.Equal("lab: Option '--participant' is required (run './lab moderate --help' for usage)", line);
    }

    [Fact]
    public async Task Moderate_MissingStudyFile_FileLineColumn_ExitCode2()
    {
        var result = await RunAsync("moderate", "no-such-study.yaml", "--participant", "P07");

        Assert.Equal(ExitCodes.Usage, result.ExitCode);
        var line = Assert.Single(result.ErrorLines);
        Assert.StartsWith("no-such-study.yaml:1:1: study file not found", line, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Moderate_ParticipantPortWithoutRemote_SaysToAddRemote_ExitCode2()
    {
        var result = await RunAsync("moderate", RepositoryFiles.Find("scenarios/demo-shop.yaml"), "--participant", "P07", "--participant-port", "5200");

        Assert.Equal(ExitCodes.Usage, result.ExitCode);
        Assert.Equal("--participant-port is for remote sessions; add --remote, or leave it out", Assert.Single(result.ErrorLines));
    }

    [Fact]
    public async Task Moderate_RemoteWithParticipantPortOutOfRange_RefusedWithOneLine_ExitCode2()
    {
        var result = await RunAsync("moderate", RepositoryFiles.Find("scenarios/demo-shop.yaml"), "--participant", "P07", "--remote", "--participant-port", "70000");

        Assert.Equal(ExitCodes.Usage, result.ExitCode);
        Assert.StartsWith("--participant-port 70000 is not a port number", Assert.Single(result.ErrorLines), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Server_UnknownCommand_NamesIt_ExitCode2()
    {
        var result = await RunAsync("frobnicate");

        Assert.Equal(ExitCodes.Usage, result.ExitCode);
        Assert.Equal("lab: unknown command 'frobnicate' (run './lab --help' for usage)", Assert.Single(result.ErrorLines));
    }

    private static async Task<Result> RunAsync(params string[] args)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var code = await ServerApp.RunAsync(args, new CliIo(output, error, interactive: false));
        return new Result(code, output.ToString(), error.ToString());
    }

    private sealed record Result(int ExitCode, string Out, string Error)
    {
        public string[] ErrorLines => Error.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
    }
}
