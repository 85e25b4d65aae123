using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;
using Microsoft.Extensions.Time.Testing;
using UsabilityLab.CommandLine;
using UsabilityLab.Core.Invitations;

namespace UsabilityLab.Server.Tests.Commands;

/// <summary><c>./lab invite</c> as a user meets it: the links it prints, its exit codes, and what it leaves in the database.</summary>
public sealed partial class InviteCommandTests : IDisposable
{
    private const string StudyText = """
        name: Checkout study
        target: http://127.0.0.1:5000/
        tasks:
          - id: find-help
            title: Find help
            prompt: Find the help page.
            success: [ { url: /help } ]
        """;

    private readonly DirectoryInfo _folder = Directory.CreateTempSubdirectory("lab-invite-");
    private readonly FakeTimeProvider _time = new(new DateTimeOffset(2026, 12, 7, 9, 0, 0, TimeSpan.Zero));

    public InviteCommandTests() => File.WriteAllText(StudyFile, StudyText);

    private string Db => Path.Combine(_folder.FullName, "lab.db");

    private string StudyFile => Path.Combine(_folder.FullName, "checkout.yaml");

    [Fact]
    public async Task Invite_ThreeParticipants_OneLinkEachOnTheDefaultAddress_ListedPending_ExitCode0()
    {
        var invite = await RunAsync("invite", StudyFile, "--participants", "3", "--db", Db);
        var list = await RunAsync("invite", "list", "--json", "--db", Db);

        Assert.Equal((ExitCodes.Ok, ""), (invite.ExitCode, invite.Error));
        var lines = invite.OutLines;
        Assert.Equal(5, lines.Length);
        Assert.Equal($"Invited 3 participants to \"Checkout study\" (unmoderated; the links expire 2026-12-14 09:00 UTC) in {Db}:", lines[0]);
        var links = lines[1..4].Select(l => LinkLine().Match(l)).ToList();
        Assert.All(links, m => Assert.True(m.Success));
        Assert.Equal(["P01", "P02", "P03"], links.Select(m => m.Groups["participant"].Value));
        Assert.All(links, m => Assert.True(InvitationTokens.IsWellFormed(m.Groups["token"].Value)));
        Assert.Equal("Each link admits one person once, and is shown only now: the store keeps a hash of it. Withdraw one with ./lab invite revoke P01", lines[4]);
        Assert.Equal(ExitCodes.Ok, list.ExitCode);
        var listed = JsonDocument.Parse(list.Out).RootElement.EnumerateArray().ToList();
        Assert.Equal(["pending", "pending", "pending"], listed.Select(i => i.GetProperty("status").GetString()));
        Assert.All(listed, i => Assert.Equal(StudyFile, i.GetProperty("studyPath").GetString()));
        Assert.DoesNotContain("/p/", list.Out, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Invite_ModeratedOnABaseUrl_Json_LinksThere_ThenLabelsContinue()
    {
        await RunAsync("invite", StudyFile, "--participants", "2", "--db", Db);

        var invite = await RunAsync("invite", StudyFile, "--participants", "1", "--moderated", "--expires", "12h", "--base-url", "https://lab.example.org/studies/", "--json", "--db", Db);

        Assert.Equal(ExitCodes.Ok, invite.ExitCode);
        var link = Assert.Single(JsonDocument.Parse(invite.Out).RootElement.EnumerateArray());
        Assert.Equal("P03", link.GetProperty("participant").GetString());
        Assert.Matches("^https://lab\\.example\\.org/studies/p/[A-Za-z0-9_-]{43}/$", link.GetProperty("url").GetString());
        Assert.True(link.GetProperty("moderated").GetBoolean());
        Assert.Equal(_time.GetUtcNow().AddHours(12), link.GetProperty("expiresAt").GetDateTimeOffset());
    }

    [Fact]
    public async Task Invite_ClearTokens_NowhereInTheDatabaseFiles()
    {
        var invite = await RunAsync("invite", StudyFile, "--participants", "4", "--db", Db);

        var tokens = invite.OutLines.Select(l => LinkLine().Match(l)).Where(m => m.Success).Select(m => m.Groups["token"].Value).ToList();
        Assert.Equal(4, tokens.Count);
        var files = Directory.GetFiles(_folder.FullName, "lab.db*");
        Assert.Contains(files, f => f.EndsWith("lab.db", StringComparison.Ordinal));
        foreach (var file in files)
        {
            var bytes = await File.ReadAllBytesAsync(file);
            foreach (var token in tokens)
            {
                Assert.Equal(-1, bytes.AsSpan().IndexOf(Encoding.UTF8.GetBytes(token)));
                Assert.Equal(-1, bytes.AsSpan().IndexOf(Encoding.Unicode.GetBytes(token)));
            }
        }
    }

    [Theory]
    [InlineData("7x")]
    [InlineData("91d")]
    [InlineData("0h")]
    [InlineData("1.5d")]
    public async Task Invite_BadExpires_OneLineWithTheRule_ExitCode2_NoDatabase(string expires)
    {
        var result = await RunAsync("invite", StudyFile, "--participants", "2", "--expires", expires, "--db", Db);

        Assert.Equal(ExitCodes.Usage, result.ExitCode);
        Assert.Equal($"--expires '{expires}': use {InvitationLifetimes.Rule}", Assert.Single(result.ErrorLines));
        Assert.False(File.Exists(Db));
    }

    [Theory]
    [InlineData("lab.example.org", "--base-url 'lab.example.org': use the lab server's address")]
    [InlineData("ftp://lab.example.org", "--base-url 'ftp://lab.example.org': use the lab server's address")]
    [InlineData("https://lab.example.org/?x=1", "--base-url 'https://lab.example.org/?x=1': use the lab server's address")]
    public async Task Invite_BadBaseUrl_OneLine_ExitCode2(string baseUrl, string start)
    {
        var result = await RunAsync("invite", StudyFile, "--participants", "2", "--base-url", baseUrl, "--db", Db);

        Assert.Equal(ExitCodes.Usage, result.ExitCode);
        Assert.StartsWith(start, Assert.Single(result.ErrorLines), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("0", "--participants 0: invite 1 to 500 participants at a time")]
    [InlineData("501", "--participants 501: invite 1 to 500 participants at a time")]
    public async Task Invite_ParticipantsOutOfRange_OneLine_ExitCode2_NoDatabase(string participants, string line)
    {
        var result = await RunAsync("invite", StudyFile, "--participants", participants, "--db", Db);

        Assert.Equal((ExitCodes.Usage, line), (result.ExitCode, Assert.Single(result.ErrorLines)));
        Assert.False(File.Exists(Db));
    }

    [Fact]
    public async Task Invite_WithoutParticipants_PointsToItsOwnHelp_ExitCode2()
    {
        var result = await RunAsync("invite", StudyFile, "--db", Db);

        Assert.Equal(ExitCodes.Usage, result.ExitCode);
        Assert.Equal("lab: Option '--participants' is required (run './lab invite --help' for usage)", Assert.Single(result.ErrorLines));
    }

    [Fact]
    public async Task Invite_MissingStudyFile_FileLineColumn_ExitCode2_NoDatabase()
    {
        var result = await RunAsync("invite", "no-such-study.yaml", "--participants", "2", "--db", Db);

        Assert.Equal(ExitCodes.Usage, result.ExitCode);
        Assert.StartsWith("no-such-study.yaml:1:1: study file not found", Assert.Single(result.ErrorLines), StringComparison.Ordinal);
        Assert.False(File.Exists(Db));
    }

    [Fact]
    public async Task InviteRevoke_ByLabel_ListShowsRevoked_TwiceSaysSo_UnknownOneLineExitCode2()
    {
        await RunAsync("invite", StudyFile, "--participants", "2", "--expires", "30m", "--db", Db);
        _time.Advance(TimeSpan.FromMinutes(10));

        var revoke = await RunAsync("invite", "revoke", "P02", "--db", Db);
        var twice = await RunAsync("invite", "revoke", "2", "--db", Db);
        var unknown = await RunAsync("invite", "revoke", "P07", "--db", Db);
        _time.Advance(TimeSpan.FromMinutes(30));
        var list = await RunAsync("invite", "list", StudyFile, "--db", Db);

        Assert.Equal((ExitCodes.Ok, "Revoked invitation 2 (P02, \"Checkout study\"): its link admits nobody now"), (revoke.ExitCode, revoke.Out.Trim()));
        Assert.Equal((ExitCodes.Ok, "The invitation 2 (P02, \"Checkout study\") was revoked already, at 2026-12-07 09:10 UTC"), (twice.ExitCode, twice.Out.Trim()));
        Assert.Equal(ExitCodes.Usage, unknown.ExitCode);
        Assert.Equal($"no invitation P07 in {Db}; ./lab invite list shows them", Assert.Single(unknown.ErrorLines));
        Assert.Equal(ExitCodes.Ok, list.ExitCode);
        Assert.Matches(@"(?m)^.*\bP01\b.*Checkout study.*unmoderated.*2026-12-07 09:30.*\bexpired\b", list.Out);
        Assert.Matches(@"(?m)^.*\bP02\b.*Checkout study.*\brevoked 2026-12-07 09:10\b", list.Out);
    }

    [Fact]
    public async Task InviteList_NoneYet_SaysHowToMakeThem_ExitCode0()
    {
        await RunAsync("invite", StudyFile, "--participants", "1", "--db", Db);

        var list = await RunAsync("invite", "list", Path.Combine(_folder.FullName, "other.yaml"), "--db", Db);

        Assert.Equal(ExitCodes.Ok, list.ExitCode);
        Assert.Equal($"No invitations in {Db} to {Path.Combine(_folder.FullName, "other.yaml")} yet; make some with ./lab invite FILE --participants N", list.Out.Trim());
    }

    public void Dispose()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        _folder.Delete(recursive: true);
    }

    private async Task<Result> RunAsync(params string[] args)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var code = await ServerApp.RunAsync(args, new CliIo(output, error, interactive: false), CancellationToken.None, time: _time);
        return new Result(code, output.ToString(), error.ToString());
    }

    [GeneratedRegex("^(?<participant>P[0-9]{2,})  http://127\\.0\\.0\\.1:5100/p/(?<token>[A-Za-z0-9_-]+)/$")]
    private static partial Regex LinkLine();

    private sealed record Result(int ExitCode, string Out, string Error)
    {
        public string[] OutLines => Out.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);

        public string[] ErrorLines => Error.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
    }
}
