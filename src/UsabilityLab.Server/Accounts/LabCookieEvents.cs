using System.Globalization;
using System.Security.Claims;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Http;

namespace UsabilityLab.Server.Accounts;

/// <summary>
/// What the sign-in cookie does beyond ASP.NET Core's defaults: a cookie whose account was removed, or whose password
/// or role changed since, is refused (<see cref="AccountStamps"/>); a request that wants no HTML is answered 401, not
/// sent to the sign-in page; a signed-in account whose role may not do something gets a 403 that says so.
/// </summary>
public sealed class LabCookieEvents(AccountStamps stamps, TimeProvider time) : CookieAuthenticationEvents
{
    /// <inheritdoc />
    public override async Task ValidatePrincipal(CookieValidatePrincipalContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var principal = context.Principal;
        if (principal?.FindFirstValue(LabClaims.SingleSignOn) is not null)
        {
            // No lab account behind it: the provider decided, and decides again at the next sign-in, which is due
            // a working day after the last one however active the cookie was (someone removed there loses access then).
            if (!long.TryParse(principal.FindFirstValue(LabClaims.SignedInAt), NumberStyles.None, CultureInfo.InvariantCulture, out var at)
                || time.GetUtcNow() - DateTimeOffset.FromUnixTimeSeconds(at) > LabSignIn.IdleLifetime)
            {
                context.RejectPrincipal();
                await context.HttpContext.SignOutAsync(CookieAuthenticationDefaults.AuthenticationScheme);
            }

            return;
        }

        var valid = await stamps.StillValidAsync(
            principal?.Identity?.Name,
            principal?.FindFirstValue(LabClaims.SecurityStamp),
            principal?.FindFirstValue(ClaimTypes.Role),
            context.HttpContext.RequestAborted);
        if (!valid)
        {
            context.RejectPrincipal();
            await context.HttpContext.SignOutAsync(CookieAuthenticationDefaults.AuthenticationScheme);
        }
    }

    /// <inheritdoc />
    public override Task RedirectToLogin(RedirectContext<CookieAuthenticationOptions> context)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (WantsHtml(context.Request))
        {
            // The framework's own choice stands: a page goes to sign-in, an API endpoint (by its metadata) gets 401.
            return base.RedirectToLogin(context);
        }

        // A body of its own: status code pages (the dashboard's not-found page) leave a response with a body alone.
        context.Response.StatusCode = StatusCodes.Status401Unauthorized;
        context.Response.ContentType = "text/plain; charset=utf-8";
        return context.Response.WriteAsync($"401: sign in first at {context.Request.PathBase}{LabSignIn.SignInPath}\n");
    }

    /// <inheritdoc />
    public override Task RedirectToAccessDenied(RedirectContext<CookieAuthenticationOptions> context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var response = context.Response;
        response.StatusCode = StatusCodes.Status403Forbidden;
        response.ContentType = "text/plain; charset=utf-8";
        var role = context.HttpContext.User.FindFirstValue(ClaimTypes.Role) ?? "no role";
        return response.WriteAsync($"403: an account with the role {role} may not do this; an admin can change its role with ./lab users role NAME ROLE\n");
    }

    private static bool WantsHtml(HttpRequest request) =>
        request.GetTypedHeaders().Accept.Any(a => a.MediaType.Equals("text/html", StringComparison.OrdinalIgnoreCase));
}
