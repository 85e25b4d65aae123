using Microsoft.EntityFrameworkCore;
using UsabilityLab.Core.Accounts;
using UsabilityLab.Storage.Entities;

namespace UsabilityLab.Storage.Accounts;

/// <summary>
/// The dashboard's accounts as stored: found by name (in any case), added, changed and removed. It keeps what it is
/// given; what a sign-in means (when an account locks, what a password must be) is the caller's rule.
/// </summary>
/// <param name="database">The database the accounts are in.</param>
public sealed class AccountDirectory(LabDatabase database)
{
    /// <summary>The account named <paramref name="name"/> in any case; null when there is none.</summary>
    public async Task<UserAccount?> FindAsync(string name, CancellationToken ct = default)
    {
        var normalized = AccountNames.Normalize(name);
        await using var db = database.CreateContext();
        var row = await db.UserAccounts.AsNoTracking().FirstOrDefaultAsync(a => a.NormalizedName == normalized, ct);
        return row is null ? null : ToAccount(row);
    }

    /// <summary>Every account, by name.</summary>
    public async Task<IReadOnlyList<UserAccount>> ListAsync(CancellationToken ct = default)
    {
        await using var db = database.CreateContext();
        var rows = await db.UserAccounts.AsNoTracking().OrderBy(a => a.NormalizedName).ToListAsync(ct);
        return [.. rows.Select(ToAccount)];
    }

    /// <summary>Whether the database holds any account at all.</summary>
    public async Task<bool> AnyAsync(CancellationToken ct = default)
    {
        await using var db = database.CreateContext();
        return await db.UserAccounts.AnyAsync(ct);
    }

    /// <summary>Adds an account; null when the name (in any case) is taken, even by an account added a moment ago by another process.</summary>
    public async Task<UserAccount?> TryAddAsync(string name, AccountRole role, string passwordHash, string securityStamp, DateTimeOffset createdAt, CancellationToken ct = default)
    {
        var row = new UserAccountRow
        {
            Name = name,
            NormalizedName = AccountNames.Normalize(name),
            Role = role,
            PasswordHash = passwordHash,
            SecurityStamp = securityStamp,
            CreatedAt = createdAt,
        };
        await using var db = database.CreateContext();
        if (await db.UserAccounts.AnyAsync(a => a.NormalizedName == row.NormalizedName, ct))
        {
            return null;
        }

        db.UserAccounts.Add(row);
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateException)
        {
            // The unique name index: another process added the same name between the check and the insert.
            if (await FindAsync(name, ct) is not null)
            {
                return null;
            }

            throw;
        }

        return ToAccount(row);
    }

    /// <summary>Removes the account named <paramref name="name"/>; false when there is none.</summary>
    public async Task<bool> RemoveAsync(string name, CancellationToken ct = default)
    {
        var normalized = AccountNames.Normalize(name);
        await using var db = database.CreateContext();
        return await db.UserAccounts.Where(a => a.NormalizedName == normalized).ExecuteDeleteAsync(ct) > 0;
    }

    /// <summary>
    /// Gives the account a new password hash and security stamp, and lifts a lockout (whoever sets the password knows
    /// it); false when there is no such account.
    /// </summary>
    public async Task<bool> SetPasswordAsync(string name, string passwordHash, string securityStamp, CancellationToken ct = default)
    {
        var normalized = AccountNames.Normalize(name);
        await using var db = database.CreateContext();
        return await db.UserAccounts.Where(a => a.NormalizedName == normalized).ExecuteUpdateAsync(
            set => set.SetProperty(a => a.PasswordHash, passwordHash)
                .SetProperty(a => a.SecurityStamp, securityStamp)
                .SetProperty(a => a.FailedSignIns, 0)
                .SetProperty(a => a.LockedUntil, (DateTimeOffset?)null),
            ct) > 0;
    }

    /// <summary>Gives the account a new role and security stamp; false when there is no such account.</summary>
    public async Task<bool> SetRoleAsync(string name, AccountRole role, string securityStamp, CancellationToken ct = default)
    {
        var normalized = AccountNames.Normalize(name);
        await using var db = database.CreateContext();
        return await db.UserAccounts.Where(a => a.NormalizedName == normalized).ExecuteUpdateAsync(
            set => set.SetProperty(a => a.Role, role).SetProperty(a => a.SecurityStamp, securityStamp),
            ct) > 0;
    }

    /// <summary>
    /// Counts one more wrong password for account <paramref name="id"/> and returns the count, in one transaction: two
    /// wrong passwords at once both count.
    /// </summary>
    public async Task<int> CountFailedSignInAsync(long id, CancellationToken ct = default)
    {
        await using var db = database.CreateContext();
        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        await db.UserAccounts.Where(a => a.Id == id).ExecuteUpdateAsync(set => set.SetProperty(a => a.FailedSignIns, a => a.FailedSignIns + 1), ct);
        var count = await db.UserAccounts.Where(a => a.Id == id).Select(a => a.FailedSignIns).FirstOrDefaultAsync(ct);
        await transaction.CommitAsync(ct);
        return count;
    }

    /// <summary>Refuses sign-ins to account <paramref name="id"/> until <paramref name="until"/>; the count of wrong passwords starts over.</summary>
    public async Task LockAsync(long id, DateTimeOffset until, CancellationToken ct = default)
    {
        await using var db = database.CreateContext();
        await db.UserAccounts.Where(a => a.Id == id).ExecuteUpdateAsync(
            set => set.SetProperty(a => a.LockedUntil, until).SetProperty(a => a.FailedSignIns, 0),
            ct);
    }

    /// <summary>
    /// After a good password: the count of wrong ones starts over and a past lockout is cleared; with
    /// <paramref name="newPasswordHash"/>, the same password's hash in the hasher's current format (the stamp stays:
    /// the password did not change).
    /// </summary>
    public async Task RecordSignInAsync(long id, string? newPasswordHash = null, CancellationToken ct = default)
    {
        await using var db = database.CreateContext();
        var accounts = db.UserAccounts.Where(a => a.Id == id);
        if (newPasswordHash is null)
        {
            await accounts.ExecuteUpdateAsync(set => set.SetProperty(a => a.FailedSignIns, 0).SetProperty(a => a.LockedUntil, (DateTimeOffset?)null), ct);
            return;
        }

        await accounts.ExecuteUpdateAsync(
            set => set.SetProperty(a => a.FailedSignIns, 0).SetProperty(a => a.LockedUntil, (DateTimeOffset?)null).SetProperty(a => a.PasswordHash, newPasswordHash),
            ct);
    }

    private static UserAccount ToAccount(UserAccountRow row) =>
        new(row.Id, row.Name, row.Role, row.PasswordHash, row.FailedSignIns, row.LockedUntil, row.CreatedAt, row.SecurityStamp);
}
