using System.Text;
using System.Text.Json;
using Microsoft.Data.Sqlite;
using UsabilityLab.CommandLine;
using UsabilityLab.Server.Commands;

namespace UsabilityLab.Server.Tests.Accounts;

/// <summary><c>./lab users</c> as a user meets it: what it prints, its exit codes, and what it leaves in the database.</summary>
public sealed class UsersCommandTests : IDisposable
{
    private const string Password = "correct horse battery staple";

    private readonly DirectoryInfo _folder = Directory.CreateTempSubdirectory("lab-users-");

    private string Db => Path.Combine(_folder.FullName, "lab.db");

    [Fact]
    public async Task Add_PasswordOnStdin_AddedAndListed_ExitCode0()
    {
        var add = await RunAsync(Password + "\n", "users", "add", "Alice", "--role", "researcher", "--password-stdin", "--db", Db);
        var list = await RunAsync("", "users", "list", "--json", "--db", Db);

        Assert.Equal(ExitCodes.Ok, add.ExitCode);
        Assert.Equal($"Added account Alice (researcher) to {Db}", add.Out.Trim());
        Assert.Equal(ExitCodes.Ok, list.ExitCode);
        var account = Assert.Single(JsonDocument.Parse(list.Out).RootElement.EnumerateArray());
        Assert.Equal("Alice", account.GetProperty("name").GetString());
        Assert.Equal("researcher", account.GetProperty("role").GetString());
        Assert.Equal(0, account.GetProperty("failedSignIns").GetInt32());
        Assert.Equal(JsonValueKind.Null, account.GetProperty("lockedUntil").ValueKind);
        Assert.DoesNotContain("hash", list.Out, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task AddAndPasswd_ClearPassword_NowhereInTheDatabaseFiles()
    {
        const string second = "another long passphrase here";
        await RunAsync(Password + "\n", "users", "add", "alice", "--role", "admin", "--password-stdin", "--db", Db);
        var passwd = await RunAsync(second + "\r\n", "users", "passwd", "ALICE", "--password-stdin", "--db", Db);

        Assert.Equal(ExitCodes.Ok, passwd.ExitCode);
        Assert.Equal("Changed the password of alice; its open sign-ins end", passwd.Out.Trim());
        // Pooled connections closed first: a WAL that the last close checkpoints away cannot vanish between listing and reading.
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        var files = Directory.GetFiles(_folder.FullName, "lab.db*");
        Assert.Contains(files, f => f.EndsWith("lab.db", StringComparison.Ordinal));
        foreach (var file in files)
        {
            var bytes = await File.ReadAllBytesAsync(file);
            foreach (var password in new[] { Password, second })
            {
                Assert.Equal(-1, bytes.AsSpan().IndexOf(Encoding.UTF8.GetBytes(password)));
                Assert.Equal(-1, bytes.AsSpan().IndexOf(Encoding.Unicode.GetBytes(password)));
            }
        }
    }

    [Fact]
    public async Task Add_NameTakenInAnotherCase_OneLine_ExitCode2()
    {
        await RunAsync(Password + "\n", "users", "add", "alice", "--role", "admin", "--password-stdin", "--db", Db);

        var again = await RunAsync(Password + "\n", "users", "add", "ALICE", "--role", "observer", "--password-stdin", "--db", Db);

        Assert.Equal(ExitCodes.Usage, again.ExitCode);
        Assert.Equal($"account 'ALICE': 'alice' exists already in {Db}, and names must differ by more than case; choose another name", Assert.Single(again.ErrorLines));
    }

    [Fact]
    public async Task Add_SameNameAgain_SaysHowToChangeItsPassword_ExitCode2()
    {
        await RunAsync(Password + "\n", "users", "add", "alice", "--role", "admin", "--password-stdin", "--db", Db);

        var again = await RunAsync(Password + "\n", "users", "add", "alice", "--role", "admin", "--password-stdin", "--db", Db);

        Assert.Equal(ExitCodes.Usage, again.ExitCode);
        Assert.Equal($"account 'alice' exists already in {Db}; choose another name, or change its password with ./lab users passwd alice", Assert.Single(again.ErrorLines));
    }

    [Fact]
    public async Task Add_UnknownRole_OneLine_ExitCode2_NoDatabaseCreated()
    {
        var result = await RunAsync(Password + "\n", "users", "add", "alice", "--role", "superuser", "--password-stdin", "--db", Db);

        Assert.Equal(ExitCodes.Usage, result.ExitCode);
        Assert.Equal("--role 'superuser': use admin, researcher or observer", Assert.Single(result.ErrorLines));
        Assert.False(File.Exists(Db));
    }

    [Fact]
    public async Task Add_WithoutRole_PointsToItsHelp_ExitCode2()
    {
        var result = await RunAsync(Password + "\n", "users", "add", "alice", "--password-stdin", "--db", Db);

        Assert.Equal(ExitCodes.Usage, result.ExitCode);
        Assert.Equal("lab: Option '--role' is required (run './lab users --help' for usage)", Assert.Single(result.ErrorLines));
    }

    [Fact]
    public async Task Add_ShortPassword_OneLineWithoutThePassword_ExitCode2_NotAdded()
    {
        var result = await RunAsync("hunter2\n", "users", "add", "alice", "--role", "admin", "--password-stdin", "--db", Db);
        var list = await RunAsync("", "users", "list", "--json", "--db", Db);

        Assert.Equal(ExitCodes.Usage, result.ExitCode);
        var line = Assert.Single(result.ErrorLines);
        Assert.Equal("password too short (7 characters): use at least 12; a few words in a row are easy to remember and hard to guess", line);
        Assert.Equal("[]", list.Out.Trim());
    }

    [Fact]
    public async Task Add_NoTerminalAndNoPasswordStdin_OneLine_ExitCode2_NothingTouched()
    {
        var result = await RunAsync(Password + "\n", "users", "add", "alice", "--role", "admin", "--db", Db);

        Assert.Equal(ExitCodes.Usage, result.ExitCode);
        Assert.Equal(
            "no terminal to ask for the password on: pipe it in with --password-stdin, e.g. printf '%s\\n' \"$PASSWORD\" | ./lab users add alice --role admin --password-stdin",
            Assert.Single(result.ErrorLines));
        Assert.False(File.Exists(Db));
    }

    [Fact]
    public async Task Add_PasswordStdinButNothingPiped_OneLine_ExitCode2()
    {
        var result = await RunAsync("", "users", "add", "alice", "--role", "admin", "--password-stdin", "--db", Db);

        Assert.Equal(ExitCodes.Usage, result.ExitCode);
        Assert.StartsWith("--password-stdin: standard input is empty; pipe the password in", Assert.Single(result.ErrorLines), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Add_OnATerminal_AskedTwiceWithoutEcho_Added()
    {
        var terminal = new ScriptedTerminal(Password, Password);

        var result = await RunAsync(new PasswordInput(TextReader.Null, terminal), "users", "add", "alice", "--role", "observer", "--db", Db);

        Assert.Equal(ExitCodes.Ok, result.ExitCode);
        Assert.Equal(["New password for alice: ", "The same password again: "], terminal.Prompts);
        Assert.DoesNotContain(Password, result.Out + result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Add_OnATerminal_TwoDifferentPasswords_OneLine_ExitCode2_NotAdded()
    {
        var result = await RunAsync(new PasswordInput(TextReader.Null, new ScriptedTerminal(Password, Password + "x")), "users", "add", "alice", "--role", "observer", "--db", Db);
        var list = await RunAsync("", "users", "list", "--json", "--db", Db);

        Assert.Equal(ExitCodes.Usage, result.ExitCode);
        Assert.Equal("the two passwords differ; nothing was changed: run the command again", Assert.Single(result.ErrorLines));
        Assert.Equal("[]", list.Out.Trim());
    }

    [Fact]
    public async Task Role_ObserverToResearcher_Listed_UnknownRoleExitCode2()
    {
        await RunAsync(Password + "\n", "users", "add", "alice", "--role", "observer", "--password-stdin", "--db", Db);

        var role = await RunAsync("", "users", "role", "Alice", "researcher", "--db", Db);
        var bad = await RunAsync("", "users", "role", "alice", "owner", "--db", Db);
        var list = await RunAsync("", "users", "list", "--db", Db);

        Assert.Equal(ExitCodes.Ok, role.ExitCode);
        Assert.Equal("alice is now researcher (was observer); its open sign-ins end", role.Out.Trim());
        Assert.Equal(ExitCodes.Usage, bad.ExitCode);
        Assert.Equal("ROLE 'owner': use admin, researcher or observer", Assert.Single(bad.ErrorLines));
        Assert.Contains("researcher", list.Out, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Remove_Account_Gone_RemovingAgainExitCode2()
    {
        await RunAsync(Password + "\n", "users", "add", "alice", "--role", "observer", "--password-stdin", "--db", Db);

        var remove = await RunAsync("", "users", "remove", "alice", "--db", Db);
        var again = await RunAsync("", "users", "remove", "alice", "--db", Db);
        var list = await RunAsync("", "users", "list", "--db", Db);

        Assert.Equal(ExitCodes.Ok, remove.ExitCode);
        Assert.Equal(ExitCodes.Usage, again.ExitCode);
        Assert.Equal($"no account 'alice' in {Db}; ./lab users list shows the accounts", Assert.Single(again.ErrorLines));
        Assert.Equal($"No accounts in {Db} yet; add one with ./lab users add NAME --role admin", list.Out.Trim());
    }

    [Fact]
    public async Task Passwd_UnknownAccount_ExitCode2_BeforeAskingForAPassword()
    {
        await RunAsync(Password + "\n", "users", "add", "alice", "--role", "observer", "--password-stdin", "--db", Db);
        var terminal = new ScriptedTerminal();

        var result = await RunAsync(new PasswordInput(TextReader.Null, terminal), "users", "passwd", "bob", "--db", Db);

        Assert.Equal(ExitCodes.Usage, result.ExitCode);
        Assert.Equal($"no account 'bob' in {Db}; ./lab users list shows the accounts", Assert.Single(result.ErrorLines));
        Assert.Empty(terminal.Prompts);
    }

    [Fact]
    public async Task List_NoSuchDatabase_ExitCode2()
    {
        var result = await RunAsync("", "users", "list", "--db", Db);

        Assert.Equal(ExitCodes.Usage, result.ExitCode);
        Assert.StartsWith($"--db {Db}: no database there", Assert.Single(result.ErrorLines), StringComparison.Ordinal);
    }

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        _folder.Delete(recursive: true);
    }

    private static Task<Result> RunAsync(string standardInput, params string[] args) =>
        RunAsync(new PasswordInput(new StringReader(standardInput), terminal: null), args);

    private static async Task<Result> RunAsync(PasswordInput passwords, params string[] args)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var code = await ServerApp.RunAsync(args, new CliIo(output, error, interactive: false), CancellationToken.None, passwords);
        return new Result(code, output.ToString(), error.ToString());
    }

    private sealed record Result(int ExitCode, string Out, string Error)
    {
        public string[] ErrorLines => Error.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
    }

    /// <summary>A terminal whose person types the given lines, one per prompt.</summary>
    private sealed class ScriptedTerminal(params string[] lines) : IHiddenPrompt
    {
        private readonly Queue<string> _lines = new(lines);

        public List<string> Prompts { get; } = [];

        public Task<string?> ReadHiddenAsync(string prompt, CancellationToken ct)
        {
            Prompts.Add(prompt);
            return Task.FromResult(_lines.TryDequeue(out var line) ? line : null);
        }
    }
}
