using System.CommandLine;
using System.Globalization;
using System.Text.Json;
using Spectre.Console;
using UsabilityLab.Application;
using UsabilityLab.Application.Accounts;
using UsabilityLab.CommandLine;
using UsabilityLab.Core.Accounts;
using UsabilityLab.Core.Errors;
using UsabilityLab.Server.Accounts;

namespace UsabilityLab.Server.Commands;

/// <summary>
/// <c>lab users add|list|remove|passwd|role</c>: the accounts that may sign in to the lab's web pages. Passwords are
/// typed twice on the terminal without echo, or piped in with <c>--password-stdin</c>; only their hashes are stored.
/// </summary>
internal static class UsersCommand
{
    private const string RoleChoices = "admin, researcher or observer";

    public static Command Create(CliIo io, PasswordInput passwords) =>
        new("users", "Accounts that may sign in to the lab's web pages: add, list, remove, passwd, role")
        {
            Add(io, passwords), List(io), Remove(io), Passwd(io, passwords), Role(io),
        };

    private static Command Add(CliIo io, PasswordInput passwords)
    {
        var name = NameArgument();
        var role = new Option<string>("--role") { Description = $"What the account may do: {RoleChoices}", Required = true };
        var stdin = PasswordStdin();
        var db = CommonOptions.Database();
        var command = new Command("add", $"Add an account (password: typed twice, or --password-stdin; at least {PasswordRules.MinimumLength} characters)") { name, role, stdin, db };
        command.SetAction(async (parse, ct) =>
        {
            var (user, chosen) = (parse.GetValue(name)!, ParseRole("--role", parse.GetValue(role)));
            var example = $"./lab users add {user} --role {AccountRoles.Name(chosen)}";
            passwords.CheckAvailable(parse.GetValue(stdin), example);
            var store = await LabStore.OpenAsync(parse.GetValue(db), ct);
            var accounts = Accounts(store);
            await accounts.CheckNewNameAsync(user, ct);
            var password = await passwords.ReadNewAsync(parse.GetValue(stdin), user, example, ct);
            var added = await accounts.AddAsync(user, chosen, password, ct);
            io.Out.WriteLine($"Added account {added.Name} ({added.RoleName}) to {store.Location}");
            return ExitCodes.Ok;
        });
        return command;
    }

    private static Command List(CliIo io)
    {
        var json = CommonOptions.Json();
        var db = CommonOptions.Database();
        var command = new Command("list", "List the accounts: name, role, when added, wrong passwords and lockouts (never a password or hash)") { json, db };
        command.SetAction(async (parse, ct) =>
        {
            var store = await LabStore.OpenExistingAsync(parse.GetValue(db), ct);
            var accounts = await Accounts(store).ListAsync(ct);
            if (parse.GetValue(json))
            {
                io.Out.WriteLine(JsonSerializer.Serialize(
                    accounts.Select(a => new { name = a.Name, role = a.RoleName, createdAt = a.CreatedAt, failedSignIns = a.FailedSignIns, lockedUntil = a.LockedUntil }),
                    new JsonSerializerOptions { WriteIndented = true }));
                return ExitCodes.Ok;
            }

            if (accounts.Count == 0)
            {
                io.Out.WriteLine($"No accounts in {store.Location} yet; add one with ./lab users add NAME --role admin");
                return ExitCodes.Ok;
            }

            var table = new Table().Title(Markup.Escape($"Accounts in {store.Location}")).AddColumns("name", "role", "added (UTC)", "sign-in");
            foreach (var account in accounts)
            {
                table.AddRow(Markup.Escape(account.Name), account.RoleName, Utc(account.CreatedAt), Markup.Escape(SignInState(account)));
            }

            io.Ansi.Write(table);
            return ExitCodes.Ok;
        });
        return command;
    }

    private static Command Remove(CliIo io)
    {
        var name = NameArgument();
        var db = CommonOptions.Database();
        var command = new Command("remove", "Remove an account; its open sign-ins end") { name, db };
        command.SetAction(async (parse, ct) =>
        {
            var user = parse.GetValue(name)!;
            var store = await LabStore.OpenExistingAsync(parse.GetValue(db), ct);
            await Accounts(store).RemoveAsync(user, ct);
            io.Out.WriteLine($"Removed account {user} from {store.Location}; its open sign-ins end");
            return ExitCodes.Ok;
        });
        return command;
    }

    private static Command Passwd(CliIo io, PasswordInput passwords)
    {
        var name = NameArgument();
        var stdin = PasswordStdin();
        var db = CommonOptions.Database();
        var command = new Command("passwd", "Set an account's password (and lift a lockout); its open sign-ins end") { name, stdin, db };
        command.SetAction(async (parse, ct) =>
        {
            var user = parse.GetValue(name)!;
            var example = $"./lab users passwd {user}";
            passwords.CheckAvailable(parse.GetValue(stdin), example);
            var accounts = Accounts(await LabStore.OpenExistingAsync(parse.GetValue(db), ct));
            var account = await accounts.GetAsync(user, ct);
            await accounts.SetPasswordAsync(account.Name, await passwords.ReadNewAsync(parse.GetValue(stdin), account.Name, example, ct), ct);
            io.Out.WriteLine($"Changed the password of {account.Name}; its open sign-ins end");
            return ExitCodes.Ok;
        });
        return command;
    }

    private static Command Role(CliIo io)
    {
        var name = NameArgument();
        var role = new Argument<string>("ROLE") { Description = RoleChoices };
        var db = CommonOptions.Database();
        var command = new Command("role", "Give an account another role; its open sign-ins end, so the new role holds at once") { name, role, db };
        command.SetAction(async (parse, ct) =>
        {
            var chosen = ParseRole("ROLE", parse.GetValue(role));
            var accounts = Accounts(await LabStore.OpenExistingAsync(parse.GetValue(db), ct));
            var account = await accounts.GetAsync(parse.GetValue(name)!, ct);
            await accounts.SetRoleAsync(account.Name, chosen, ct);
            io.Out.WriteLine($"{account.Name} is now {AccountRoles.Name(chosen)} (was {account.RoleName}); its open sign-ins end");
            return ExitCodes.Ok;
        });
        return command;
    }

    private static LabAccounts Accounts(LabStore store) => new(store, new LabPasswordHashing());

    private static Argument<string> NameArgument() => new("NAME") { Description = $"Account name: {AccountNames.Rule}; case does not matter" };

    private static Option<bool> PasswordStdin() =>
        new("--password-stdin") { Description = "Read the password from one line of standard input (scripts, CI) instead of asking on the terminal" };

    private static AccountRole ParseRole(string what, string? text) =>
        AccountRoles.TryParse(text, out var role) ? role : throw new InputException($"{what} '{text}': use {RoleChoices}");

    private static string SignInState(AccountSummary account) => account switch
    {
        { LockedUntil: { } until } => $"locked until {Utc(until)}",
        { FailedSignIns: > 0 and var failures } => $"{failures} wrong password{(failures == 1 ? "" : "s")} in a row",
        _ => "–",
    };

    private static string Utc(DateTimeOffset time) => time.UtcDateTime.ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture);
}
