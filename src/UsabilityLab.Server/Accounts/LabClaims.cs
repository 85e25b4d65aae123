using System.Globalization;
using System.Security.Claims;
using Microsoft.AspNetCore.Authentication.Cookies;
using UsabilityLab.Application.Accounts;

namespace UsabilityLab.Server.Accounts;

/// <summary>What a sign-in cookie says about its account: id, name, role, and the security stamp it was made with.</summary>
public static class LabClaims
{
    /// <summary>The claim holding the account's security stamp at sign-in; a cookie whose stamp is no longer the account's is refused.</summary>
    public const string SecurityStamp = "lab:stamp";

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
