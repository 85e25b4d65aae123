using System.Security.Claims;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Authentication.OpenIdConnect;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.IdentityModel.Protocols.OpenIdConnect;

namespace UsabilityLab.Server.Accounts;

/// <summary>
/// OpenID Connect sign-in (<see cref="OpenIdSettings"/>): the authorization code flow with PKCE, the answer in the
/// query (a redirect the browser follows, not a cross-site POST the dashboard's Origin check would refuse), and the
/// provider's identity turned into a lab principal with a role (<see cref="OpenIdRoles"/>) before the cookie is written.
/// </summary>
internal static class LabSingleSignOn
{
    /// <summary>The authentication scheme's name.</summary>
    public const string Scheme = "sso";

    /// <summary>Where the provider sends people back.</summary>
    public const string CallbackPath = "/signin/sso/callback";

    /// <summary>The sign-in page's query when the provider's sign-in did not give a lab sign-in.</summary>
    public const string FailedQuery = "sso=refused";

    public static AuthenticationBuilder AddLabSingleSignOn(this AuthenticationBuilder authentication, OpenIdSettings settings) =>
        authentication.AddOpenIdConnect(Scheme, settings.DisplayName, options =>
        {
            options.Authority = settings.Authority.ToString();
            options.ClientId = settings.ClientId;
            options.ClientSecret = settings.ClientSecret;
            // Plain http is accepted for a provider on this machine only (OpenIdSettings refuses it otherwise).
            options.RequireHttpsMetadata = !settings.Authority.IsLoopback;
            options.ResponseType = OpenIdConnectResponseType.Code;
            options.ResponseMode = OpenIdConnectResponseMode.Query;
            options.UsePkce = true;
            options.SaveTokens = false; // the lab needs who signed in, never their tokens
            options.MapInboundClaims = false;
            options.GetClaimsFromUserInfoEndpoint = false;
            options.Scope.Clear();
            options.Scope.Add("openid");
            options.Scope.Add("profile");
            options.Scope.Add("email");
            options.CallbackPath = CallbackPath;
            options.SignInScheme = CookieAuthenticationDefaults.AuthenticationScheme;
            // The provider redirects back with a top-level GET: Lax cookies come with it, and over plain HTTP on a
            // test machine the browser keeps them (None would need Secure).
            options.CorrelationCookie.SameSite = SameSiteMode.Lax;
            options.CorrelationCookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
            options.NonceCookie.SameSite = SameSiteMode.Lax;
            options.NonceCookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
            options.Events.OnTokenValidated = context => BecomeLabPrincipal(context, settings);
            options.Events.OnRemoteFailure = context =>
            {
                // A refused or broken sign-in at the provider: back to the sign-in page with a fixed message (never
                // the provider's text, which the page would have to trust).
                context.Response.Redirect($"{context.Request.PathBase}{LabSignIn.SignInPath}?{FailedQuery}");
                context.HandleResponse();
                return Task.CompletedTask;
            };
        });

    private static Task BecomeLabPrincipal(TokenValidatedContext context, OpenIdSettings settings)
    {
        var principal = context.Principal!;
        if (OpenIdRoles.Of(principal, settings) is not { } role)
        {
            context.Fail($"no lab role: the sign-in has no {settings.RoleClaim} value that maps to one");
            return Task.CompletedTask;
        }

        var subject = principal.FindFirstValue("sub") ?? "";
        var name = principal.FindFirstValue("preferred_username") ?? principal.FindFirstValue("email") ?? principal.FindFirstValue("name") ?? subject;
        var issuer = principal.FindFirstValue("iss") ?? settings.Authority.ToString();
        var time = context.HttpContext.RequestServices.GetRequiredService<TimeProvider>();
        context.Principal = LabClaims.External(issuer, subject, name, role, time.GetUtcNow());
        return Task.CompletedTask;
    }
}
