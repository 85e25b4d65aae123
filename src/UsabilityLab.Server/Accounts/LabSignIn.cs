using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using UsabilityLab.Application;
using UsabilityLab.Application.Accounts;
using UsabilityLab.Core.Accounts;

namespace UsabilityLab.Server.Accounts;

/// <summary>
/// Sign-in to the lab's web pages with the accounts of <c>./lab users</c>: a cookie (<see cref="CookieName"/>, HttpOnly,
/// SameSite=Lax, Secure over HTTPS, 8 hours after the last request), the policies of <see cref="LabPolicies"/>, and a
/// fallback policy under which every endpoint not marked otherwise needs a signed-in account.
/// </summary>
/// <example>
/// <code>
/// builder.AddLabSignIn(store);
/// var app = builder.Build();
/// app.MapLabSignIn();
/// app.MapGet("/runs", …).RequireAuthorization(LabPolicies.Observer);
/// app.MapPost("/runs/{id}/notes", …).RequireAuthorization(LabPolicies.Researcher);
/// </code>
/// </example>
public static class LabSignIn
{
    /// <summary>The sign-in cookie's name.</summary>
    public const string CookieName = "lab.auth";

    /// <summary>The antiforgery cookie's name (the other half of each form's token).</summary>
    public const string AntiforgeryCookieName = "lab.antiforgery";

    /// <summary>Where the sign-in page's single sign-on button goes (GET): on to the OpenID Connect provider.</summary>
    public const string SingleSignOnPath = SignInPath + "/sso";

    /// <summary>The sign-in page (GET) and its form's target (POST).</summary>
    public const string SignInPath = "/signin";

    /// <summary>Where a form posts to sign out.</summary>
    public const string SignOutPath = "/signout";

    /// <summary>How long a sign-in lasts after its last request.</summary>
    public static readonly TimeSpan IdleLifetime = TimeSpan.FromHours(8);

    /// <summary>
    /// Registers cookie sign-in against <paramref name="store"/>'s accounts, the policies, antiforgery, and a
    /// <see cref="TimeProvider"/> (the system's, unless one is registered already).
    /// </summary>
    public static WebApplicationBuilder AddLabSignIn(this WebApplicationBuilder builder, LabStore store, OpenIdSettings? openId = null)
    {
        ArgumentNullException.ThrowIfNull(builder);
        ArgumentNullException.ThrowIfNull(store);
        var services = builder.Services;
        services.TryAddSingleton(TimeProvider.System);
        services.AddSingleton(provider => new LabAccounts(store, new LabPasswordHashing(), provider.GetRequiredService<TimeProvider>()));
        services.AddSingleton<AccountStamps>();
        services.AddScoped<LabCookieEvents>();
        var authentication = services.AddAuthentication(CookieAuthenticationDefaults.AuthenticationScheme);
        if (openId is not null)
        {
            authentication.AddLabSingleSignOn(openId);
        }

        authentication.AddCookie(options =>
        {
            options.Cookie.Name = CookieName;
            options.Cookie.HttpOnly = true;
            // Lax, not Strict: a link to a dashboard page from mail or chat opens signed in; changes need a POST with a form token anyway.
            options.Cookie.SameSite = SameSiteMode.Lax;
            options.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
            options.ExpireTimeSpan = IdleLifetime;
            options.SlidingExpiration = true;
            options.LoginPath = SignInPath;
            options.ReturnUrlParameter = "returnUrl";
            options.EventsType = typeof(LabCookieEvents);
        });
        services.AddAntiforgery(options =>
        {
            options.Cookie.Name = AntiforgeryCookieName;
            options.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
        });
        services.AddAuthorizationBuilder()
            .AddPolicy(LabPolicies.Observer, policy => policy.RequireRole(LabPolicies.RolesFrom(AccountRole.Observer)))
            .AddPolicy(LabPolicies.Researcher, policy => policy.RequireRole(LabPolicies.RolesFrom(AccountRole.Researcher)))
            .AddPolicy(LabPolicies.Admin, policy => policy.RequireRole(LabPolicies.RolesFrom(AccountRole.Admin)))
            .SetFallbackPolicy(new AuthorizationPolicyBuilder().RequireAuthenticatedUser().Build());
        return builder;
    }

    /// <summary>
    /// Maps <c>GET /signin</c> (the form), <c>POST /signin</c> and <c>POST /signout</c>, open to anyone. The framework
    /// puts authentication and authorization in front of the endpoints, as <see cref="AddLabSignIn"/> registered them.
    /// </summary>
    public static WebApplication MapLabSignIn(this WebApplication app)
    {
        ArgumentNullException.ThrowIfNull(app);
        app.MapGet(SignInPath, SignInEndpoints.Show).AllowAnonymous();
        app.MapPost(SignInPath, SignInEndpoints.SignInAsync).AllowAnonymous();
        app.MapPost(SignOutPath, SignInEndpoints.SignOutAsync).AllowAnonymous();
        app.MapGet(SingleSignOnPath, SignInEndpoints.SingleSignOn).AllowAnonymous();
        return app;
    }

    /// <summary>Whether <paramref name="store"/> holds any account: without one, nobody could sign in.</summary>
    public static Task<bool> AnyAccountAsync(LabStore store, CancellationToken ct = default) =>
        new LabAccounts(store, new LabPasswordHashing()).AnyAsync(ct);
}
