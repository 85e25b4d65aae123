using UsabilityLab.Core.Accounts;

namespace UsabilityLab.Application.Accounts;

/// <summary>An account as the commands and the web host see it: everything but its password hash.</summary>
/// <param name="Id">Account id.</param>
/// <param name="Name">The name as it was given.</param>
/// <param name="Role">What the account may do.</param>
/// <param name="CreatedAt">When it was added (UTC).</param>
/// <param name="FailedSignIns">Wrong passwords in a row since the last good one.</param>
/// <param name="LockedUntil">Until when sign-ins are refused (UTC); null when not locked (or no longer).</param>
/// <param name="SecurityStamp">Changes with the password or the role; a sign-in cookie carries the one it was made with.</param>
public sealed record AccountSummary(long Id, string Name, AccountRole Role, DateTimeOffset CreatedAt, int FailedSignIns, DateTimeOffset? LockedUntil, string SecurityStamp)
{
    /// <summary>The role's name as people type it.</summary>
    public string RoleName => AccountRoles.Name(Role);

    internal static AccountSummary Of(UserAccount account, DateTimeOffset now) =>
        new(account.Id, account.Name, account.Role, account.CreatedAt, account.FailedSignIns, account.IsLockedAt(now) ? account.LockedUntil : null, account.SecurityStamp);
}
