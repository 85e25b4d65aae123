using UsabilityLab.Core.Accounts;

namespace UsabilityLab.Storage.Entities;

/// <summary>A person who may sign in to the dashboard (<see cref="UserAccount"/>).</summary>
internal sealed class UserAccountRow
{
    public long Id { get; set; }

    /// <summary>The name as it was given.</summary>
    public required string Name { get; set; }

    /// <summary><see cref="AccountNames.Normalize"/> of the name: unique, so two names that differ only in case are one.</summary>
    public required string NormalizedName { get; set; }

    public AccountRole Role { get; set; }

    /// <summary>The password's salted hash, never the password.</summary>
    public required string PasswordHash { get; set; }

    public int FailedSignIns { get; set; }
    public DateTimeOffset? LockedUntil { get; set; }
    public DateTimeOffset CreatedAt { get; set; }

    /// <summary>Changes with the password or the role; a sign-in cookie that names an older one is refused.</summary>
    public required string SecurityStamp { get; set; }
}
