using System.Globalization;
using System.Security.Claims;
using Microsoft.AspNetCore.Authentication.Cookies;
using UsabilityLab.Application.Accounts;
using UsabilityLab.Core.Accounts;

namespace UsabilityLab.Server.Accounts;

/// <summary>What a sign-in cookie says about its account: id, name, role, and the security stamp it was made with.</summary>
public static class LabClaims
{
    /// <summary>The claim holding the account's security stamp at sign-in; a cookie whose stamp is no longer the account's is refused.</summary>
    public const string SecurityStamp = "lab:stamp";

    /// <summary>The claim that marks a sign-in made at an OpenID Connect provider; its value is the provider's issuer.</summary>
    public const string SingleSignOn = "lab:sso";

    /// <summary>When a single sign-on was made (Unix seconds): it lasts <see cref="LabSignIn.IdleLifetime"/> at most, however active.</summary>
    public const string SignedInAt = "lab:signed-in-at";

    /// <summary>
    /// The signed-in principal for someone signed in at an OpenID Connect provider: no lab account, so no security
    /// stamp; their role is re-read from the provider at their next sign-in.
    /// </summary>
    public static ClaimsPrincipal External(string issuer, string subject, string name, AccountRole role, DateTimeOffset signedInAt)
    {
        Claim[] claims =
        [
            new(SignedInAt, signedInAt.ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture)),
            new(ClaimTypes.NameIdentifier, subject),
            new(ClaimTypes.Name, name),
            new(ClaimTypes.Role, AccountRoles.Name(role)),
            new(SingleSignOn, issuer),
        ];
        return new ClaimsPrincipal(new ClaimsIdentity(claims, CookieAuthenticationDefaults.AuthenticationScheme, ClaimTypes.Name, ClaimTypes.Role));
    }

    /// <summary>The signed-in principal for <paramref name="account"/>.</summary>
    public static ClaimsPrincipal Principal(AccountSummary account)
    {
        ArgumentNullException.ThrowIfNull(account);
        Claim[] claims =
        [
            new(ClaimTypes.NameIdentifier, account.Id.ToString(CultureInfo.InvariantCulture)),
            new(ClaimTypes.Name, account.Name),
            new(ClaimTypes.Role, account.RoleName),
            new(SecurityStamp, account.SecurityStamp),
        ];
        return new ClaimsPrincipal(new ClaimsIdentity(claims, CookieAuthenticationDefaults.AuthenticationScheme, ClaimTypes.Name, ClaimTypes.Role));
    }
}
