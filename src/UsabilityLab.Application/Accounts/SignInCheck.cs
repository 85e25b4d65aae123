namespace UsabilityLab.Application.Accounts;

/// <summary>What a sign-in found.</summary>
/// <param name="Verdict">Signed in, refused, or locked out.</param>
/// <param name="Account">The account signed in to; null unless <see cref="SignInVerdict.SignedIn"/>.</param>
/// <param name="LockedUntil">Until when the account is locked; null unless <see cref="SignInVerdict.LockedOut"/>.</param>
public sealed record SignInCheck(SignInVerdict Verdict, AccountSummary? Account, DateTimeOffset? LockedUntil)
{
    internal static SignInCheck Refused { get; } = new(SignInVerdict.Refused, null, null);
}
