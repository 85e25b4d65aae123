using System.Security.Claims;
using UsabilityLab.Core.Accounts;

namespace UsabilityLab.Server.Accounts;

/// <summary>The lab role a single sign-on gives: the highest role its role claim's values map to, else the default.</summary>
public static class OpenIdRoles
{
    /// <summary><paramref name="principal"/>'s role under <paramref name="settings"/>; null when it has none (sign-in refused).</summary>
    public static AccountRole? Of(ClaimsPrincipal principal, OpenIdSettings settings)
    {
        ArgumentNullException.ThrowIfNull(principal);
        ArgumentNullException.ThrowIfNull(settings);
        AccountRole? best = null;
        foreach (var claim in principal.FindAll(settings.RoleClaim))
        {
            if (RoleOf(claim.Value, settings) is { } role && (best is null || role > best))
            {
                best = role;
            }
        }

        return best ?? settings.DefaultRole;
    }

    /// <summary>
    /// With a map, only the map counts (a group that happens to be called "admin" gives nothing); without one, the
    /// role names themselves, spelled exactly (lower case).
    /// </summary>
    private static AccountRole? RoleOf(string value, OpenIdSettings settings)
    {
        if (settings.RoleMap.Count > 0)
        {
            return settings.RoleMap.TryGetValue(value, out var mapped) ? mapped : null;
        }

        foreach (var role in AccountRoles.All)
        {
            if (AccountRoles.Name(role) == value)
            {
                return role;
            }
        }

        return null;
    }
}
