using System.Security.Cryptography;
using UsabilityLab.Core.Accounts;
using UsabilityLab.Core.Errors;
using UsabilityLab.Storage.Accounts;

namespace UsabilityLab.Application.Accounts;

/// <summary>
/// The people who may sign in to the lab's dashboard: added, listed, changed and removed (<c>./lab users</c>), and
/// signed in (the web host). Passwords arrive in clear and leave as salted hashes made by <see cref="IPasswordHashing"/>;
/// wrong passwords lock an account as <see cref="SignInLockout"/> says.
/// </summary>
public sealed class LabAccounts
{
    private readonly LabStore _store;
    private readonly AccountDirectory _directory;
    private readonly IPasswordHashing _hashing;
    private readonly TimeProvider _time;
    private readonly Lazy<string> _decoyHash;

    /// <summary>The accounts in <paramref name="store"/>, hashed with <paramref name="hashing"/>, locked on <paramref name="time"/> (the system clock when null).</summary>
    public LabAccounts(LabStore store, IPasswordHashing hashing, TimeProvider? time = null)
    {
        ArgumentNullException.ThrowIfNull(store);
        _store = store;
        _directory = new AccountDirectory(store.Database);
        _hashing = hashing;
        _time = time ?? TimeProvider.System;
        // A hash of a password nobody knows: an unknown name is checked against it, so it takes as long as a known one.
        _decoyHash = new Lazy<string>(() => hashing.Hash(RandomNumberGenerator.GetHexString(32)));
    }

    /// <summary>Whether the store holds any account (the dashboard refuses the network without one).</summary>
    public Task<bool> AnyAsync(CancellationToken ct = default) => _directory.AnyAsync(ct);

    /// <summary>Every account, by name.</summary>
    public async Task<IReadOnlyList<AccountSummary>> ListAsync(CancellationToken ct = default)
    {
        var now = _time.GetUtcNow();
        return [.. (await _directory.ListAsync(ct)).Select(a => AccountSummary.Of(a, now))];
    }

    /// <summary>The account named <paramref name="name"/> in any case; null when there is none (or the name could not be one).</summary>
    public async Task<AccountSummary?> FindAsync(string name, CancellationToken ct = default) =>
        AccountNames.IsValid(name) && await _directory.FindAsync(name, ct) is { } account ? AccountSummary.Of(account, _time.GetUtcNow()) : null;

    /// <summary>The account named <paramref name="name"/>; an <see cref="InputException"/> when there is none.</summary>
    public async Task<AccountSummary> GetAsync(string name, CancellationToken ct = default) =>
        await FindAsync(CheckName(name), ct) ?? throw new InputException($"no account '{name}' in {_store.Location}; ./lab users list shows the accounts");

    /// <summary>Throws an <see cref="InputException"/> when <paramref name="name"/> is no valid name or is taken (asked before a password is).</summary>
    public async Task CheckNewNameAsync(string name, CancellationToken ct = default)
    {
        if (await _directory.FindAsync(CheckName(name), ct) is { } existing)
        {
            throw Taken(name, existing.Name);
        }
    }

    /// <summary>Adds an account; an <see cref="InputException"/> for a bad or taken name or a password <see cref="PasswordRules"/> refuses.</summary>
    public async Task<AccountSummary> AddAsync(string name, AccountRole role, string password, CancellationToken ct = default)
    {
        await CheckNewNameAsync(name, ct);
        PasswordRules.Check(name, password);
        var added = await _directory.TryAddAsync(name, role, _hashing.Hash(password), NewSecurityStamp(), _time.GetUtcNow(), ct)
            ?? throw Taken(name, name);
        return AccountSummary.Of(added, _time.GetUtcNow());
    }

    /// <summary>Removes the account; its sign-ins stop working. An <see cref="InputException"/> when there is none, or when it is the last admin.</summary>
    public async Task RemoveAsync(string name, CancellationToken ct = default)
    {
        await KeepAnAdminAsync(name, "remove", ct);
        if (!await _directory.RemoveAsync(CheckName(name), ct))
        {
            await GetAsync(name, ct); // says there is no such account
        }
    }

    /// <summary>Gives the account a new password and lifts a lockout; its earlier sign-ins stop working.</summary>
    public async Task SetPasswordAsync(string name, string password, CancellationToken ct = default)
    {
        var account = await GetAsync(name, ct);
        PasswordRules.Check(account.Name, password);
        if (!await _directory.SetPasswordAsync(account.Name, _hashing.Hash(password), NewSecurityStamp(), ct))
        {
            await GetAsync(name, ct); // removed meanwhile: says so
        }
    }

    /// <summary>Gives the account another role; its earlier sign-ins stop working, so the new role holds at once. The last admin stays one.</summary>
    public async Task SetRoleAsync(string name, AccountRole role, CancellationToken ct = default)
    {
        if (role != AccountRole.Admin)
        {
            await KeepAnAdminAsync(name, "demote", ct);
        }

        if (!await _directory.SetRoleAsync(CheckName(name), role, NewSecurityStamp(), ct))
        {
            await GetAsync(name, ct);
        }
    }

    /// <summary>
    /// Refuses to take the admin role away from the only account that has it: nobody could manage the accounts any more
    /// (on the dashboard; the command line still could, but a lab should not depend on noticing that).
    /// </summary>
    private async Task KeepAnAdminAsync(string name, string verb, CancellationToken ct)
    {
        var accounts = await ListAsync(ct);
        var account = accounts.FirstOrDefault(a => string.Equals(a.Name, name, StringComparison.OrdinalIgnoreCase));
        if (account is { Role: AccountRole.Admin } && accounts.Count(a => a.Role == AccountRole.Admin) == 1)
        {
            throw new InputException($"{account.Name} is the only admin: add another admin first (./lab users add NAME --role admin), then {verb} {account.Name}");
        }
    }

    /// <summary>
    /// Checks a name and password. Every answer costs one password check, so how long it takes tells nothing; an
    /// unknown name and a wrong password are one <see cref="SignInVerdict.Refused"/>; a locked account is
    /// <see cref="SignInVerdict.LockedOut"/> whatever the password.
    /// </summary>
    public async Task<SignInCheck> SignInAsync(string name, string password, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(password);
        var account = AccountNames.IsValid(name) ? await _directory.FindAsync(name, ct) : null;
        var verdict = _hashing.Verify(account?.PasswordHash ?? _decoyHash.Value, password);
        if (account is null)
        {
            return SignInCheck.Refused;
        }

        var now = _time.GetUtcNow();
        if (account.IsLockedAt(now))
        {
            return new SignInCheck(SignInVerdict.LockedOut, null, account.LockedUntil);
        }

        if (verdict == PasswordVerdict.Wrong)
        {
            if (await _directory.CountFailedSignInAsync(account.Id, ct) < SignInLockout.MaxFailures)
            {
                return SignInCheck.Refused;
            }

            var until = now + SignInLockout.Duration;
            await _directory.LockAsync(account.Id, until, ct);
            return new SignInCheck(SignInVerdict.LockedOut, null, until);
        }

        await _directory.RecordSignInAsync(account.Id, verdict == PasswordVerdict.RightButRehash ? _hashing.Hash(password) : null, ct);
        return new SignInCheck(SignInVerdict.SignedIn, AccountSummary.Of(account with { FailedSignIns = 0, LockedUntil = null }, now), null);
    }

    /// <summary>A new random security stamp.</summary>
    public static string NewSecurityStamp() => RandomNumberGenerator.GetHexString(32, lowercase: true);

    private static string CheckName(string name) =>
        AccountNames.IsValid(name) ? name : throw new InputException($"account name '{name}': use {AccountNames.Rule}");

    private InputException Taken(string name, string existing) =>
        new(string.Equals(name, existing, StringComparison.Ordinal)
            ? $"account '{name}' exists already in {_store.Location}; choose another name, or change its password with ./lab users passwd {name}"
            : $"account '{name}': '{existing}' exists already in {_store.Location}, and names must differ by more than case; choose another name");
}
