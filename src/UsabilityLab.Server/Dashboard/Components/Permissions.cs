using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using UsabilityLab.Server.Accounts;

namespace UsabilityLab.Server.Dashboard.Components;

/// <summary>What the person looking at a page may do there, so that a page offers only forms that would work for them.</summary>
internal static class Permissions
{
    /// <summary>
    /// Whether they may change things (notes, invitations): on loopback anyone at this machine; behind sign-in,
    /// researchers and admins. The server refuses observers' posts anyway; their pages just do not offer what would fail.
    /// </summary>
    public static async Task<bool> MayChangeAsync(HttpContext? http)
    {
        var authorization = http?.RequestServices.GetService<IAuthorizationService>();
        return authorization is null || http is null
            || (await authorization.AuthorizeAsync(http.User, LabPolicies.Researcher)).Succeeded;
    }
}
