using System.Collections.Concurrent;
using UsabilityLab.Application.Accounts;
using UsabilityLab.Core.Accounts;

namespace UsabilityLab.Server.Accounts;

/// <summary>
/// Each account's current security stamp and role, as sign-in cookies are checked against them on every request, read
/// from the store at most once per <see cref="CacheFor"/> per account: a password or role changed with
/// <c>./lab users</c> (another process) ends that account's open sign-ins within that time.
/// </summary>
public sealed class AccountStamps(LabAccounts accounts, TimeProvider time)
{
    /// <summary>How long a stamp read from the store is trusted.</summary>
    public static readonly TimeSpan CacheFor = TimeSpan.FromSeconds(15);

    private readonly ConcurrentDictionary<string, Entry> _entries = new(StringComparer.Ordinal);

    /// <summary>Whether a cookie made for <paramref name="name"/> with <paramref name="stamp"/> and <paramref name="role"/> still stands.</summary>
    public async Task<bool> StillValidAsync(string? name, string? stamp, string? role, CancellationToken ct)
    {
        if (!AccountNames.IsValid(name) || stamp is null || role is null)
        {
            return false;
        }

        var key = AccountNames.Normalize(name!);
        var now = time.GetUtcNow();
        if (!_entries.TryGetValue(key, out var entry) || now - entry.ReadAt >= CacheFor)
        {
            var account = await accounts.FindAsync(name!, ct);
            entry = new Entry(account?.SecurityStamp, account?.RoleName, now);
            _entries[key] = entry;
        }

        return string.Equals(entry.Stamp, stamp, StringComparison.Ordinal) && string.Equals(entry.Role, role, StringComparison.Ordinal);
    }

    /// <summary>Forgets what was read for <paramref name="name"/>: this process changed it, and knows at once.</summary>
    public void Forget(string name) => _entries.TryRemove(AccountNames.Normalize(name), out _);

    private sealed record Entry(string? Stamp, string? Role, DateTimeOffset ReadAt);
}
