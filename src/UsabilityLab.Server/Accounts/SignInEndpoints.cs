using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using UsabilityLab.Application.Accounts;
using UsabilityLab.Core.Accounts;

namespace UsabilityLab.Server.Accounts;

/// <summary>The handlers behind <c>GET /signin</c>, <c>POST /signin</c> and <c>POST /signout</c> (<see cref="LabSignIn.MapLabSignIn"/>).</summary>
internal static class SignInEndpoints
{
    /// <summary>The sign-in form; <c>?returnUrl=</c> is where a good sign-in goes (a path on this site, else the home page).</summary>
    public static Task<IResult> Show(HttpContext context, IAntiforgery antiforgery) =>
        PageAsync(context, antiforgery, context.Request.Query["returnUrl"], name: null, context.Request.QueryString.Value == "?" + LabSingleSignOn.FailedQuery ? SignInPage.SingleSignOnRefused : null, StatusCodes.Status200OK);

    /// <summary>
    /// On to the OpenID Connect provider (when one is configured), to come back signed in at <c>?returnUrl=</c> (a path
    /// on this site, else the home page).
    /// </summary>
    public static async Task<IResult> SingleSignOn(HttpContext context, IAuthenticationSchemeProvider schemes) =>
        await schemes.GetSchemeAsync(LabSingleSignOn.Scheme) is null
            ? Results.NotFound()
            : Results.Challenge(new AuthenticationProperties { RedirectUri = LocalReturnUrl.OrHome(context.Request.Query["returnUrl"]) }, [LabSingleSignOn.Scheme]);

    /// <summary>Checks the posted name and password: a good pair signs in and goes to the form's return address, anything else shows the form again.</summary>
    public static async Task<IResult> SignInAsync(HttpContext context, IAntiforgery antiforgery, LabAccounts accounts, AccountStamps stamps)
    {
        if (!await ValidFormAsync(context, antiforgery))
        {
            return await PageAsync(context, antiforgery, returnUrl: null, name: null, SignInPage.Expired, StatusCodes.Status400BadRequest);
        }

        var form = await context.Request.ReadFormAsync(context.RequestAborted);
        var name = form["name"].ToString().Trim();
        var returnUrl = form["returnUrl"].ToString();
        var check = await accounts.SignInAsync(name, form["password"].ToString(), context.RequestAborted);
        if (check is not { Verdict: SignInVerdict.SignedIn, Account: { } account })
        {
            // The name typed goes back into the form, when it could be a name at all (never anything else, however long).
            return await PageAsync(context, antiforgery, returnUrl, AccountNames.IsValid(name) ? name : null, SignInPage.Refused, StatusCodes.Status200OK);
        }

        stamps.Forget(account.Name); // the stamp just read is the one the cookie carries
        await context.SignInAsync(CookieAuthenticationDefaults.AuthenticationScheme, LabClaims.Principal(account), new AuthenticationProperties { IsPersistent = false });
        // The return address is a path of the whole site, path base included (the cookie's challenge wrote it so).
        return Results.LocalRedirect(LocalReturnUrl.OrHome(returnUrl));
    }

    /// <summary>Ends the sign-in and goes to the sign-in page; a post from another site (no form token) changes nothing.</summary>
    public static async Task<IResult> SignOutAsync(HttpContext context, IAntiforgery antiforgery)
    {
        if (context.User.Identity?.IsAuthenticated == true)
        {
            if (!await ValidFormAsync(context, antiforgery))
            {
                return Results.Text("400: this sign-out form has expired or was sent from another site; reload the page and sign out again\n", "text/plain; charset=utf-8", statusCode: StatusCodes.Status400BadRequest);
            }

            await context.SignOutAsync(CookieAuthenticationDefaults.AuthenticationScheme);
        }

        return Results.Redirect(context.Request.PathBase + LabSignIn.SignInPath);
    }

    private static async Task<bool> ValidFormAsync(HttpContext context, IAntiforgery antiforgery)
    {
        if (!context.Request.HasFormContentType)
        {
            return false;
        }

        try
        {
            return await antiforgery.IsRequestValidAsync(context);
        }
        catch (Exception ex) when (ex is InvalidDataException or IOException or BadHttpRequestException)
        {
            return false; // a form that cannot be read is no sign-in
        }
    }

    private static async Task<IResult> PageAsync(HttpContext context, IAntiforgery antiforgery, string? returnUrl, string? name, string? error, int status)
    {
        var singleSignOn = await context.RequestServices.GetRequiredService<IAuthenticationSchemeProvider>().GetSchemeAsync(LabSingleSignOn.Scheme);
        var headers = context.Response.Headers;
        headers.ContentSecurityPolicy = SignInPage.ContentSecurityPolicy;
        headers.XFrameOptions = "DENY";
        headers.XContentTypeOptions = "nosniff";
        headers["Referrer-Policy"] = "same-origin";
        var tokens = antiforgery.GetAndStoreTokens(context); // also marks the response not to be cached
        var action = context.Request.PathBase + LabSignIn.SignInPath;
        var html = SignInPage.Render(action, tokens, LocalReturnUrl.OrHome(returnUrl), name, error, singleSignOn?.DisplayName);
        return Results.Content(html, "text/html; charset=utf-8", statusCode: status);
    }
}
