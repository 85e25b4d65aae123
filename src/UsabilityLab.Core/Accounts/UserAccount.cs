namespace UsabilityLab.Core.Accounts;

/// <summary>A person who may sign in to the lab's dashboard, as stored.</summary>
/// <param name="Id">Account id.</param>
/// <param name="Name">The name as it was given (signing in ignores its case).</param>
/// <param name="Role">What the account may do.</param>
/// <param name="PasswordHash">The password's salted hash (never the password), in the web host's hasher's format.</param>
/// <param name="FailedSignIns">Wrong passwords in a row since the last good one (or the last lockout).</param>
/// <param name="LockedUntil">Until when sign-ins are refused after too many wrong passwords (UTC); null when not locked.</param>
/// <param name="CreatedAt">When the account was added (UTC).</param>
/// <param name="SecurityStamp">A random value that changes with the password or the role, so sign-ins made before stop working.</param>
public sealed record UserAccount(
    long Id,
    string Name,
    AccountRole Role,
    string PasswordHash,
    int FailedSignIns,
    DateTimeOffset? LockedUntil,
    DateTimeOffset CreatedAt,
    string SecurityStamp)
{
    /// <summary>Whether sign-ins are refused at <paramref name="now"/>.</summary>
    public bool IsLockedAt(DateTimeOffset now) => LockedUntil is { } until && until > now;

    /// <summary>The record without its password hash, for printing and logging.</summary>
    public override string ToString() => $"{Name} ({AccountRoles.Name(Role)})";
}
