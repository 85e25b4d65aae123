using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;

namespace UsabilityLab.Server.Accounts;

/// <summary>
/// Middleware: a request that may change state (any method but GET, HEAD, OPTIONS and TRACE) needs the
/// <see cref="LabPolicies.Researcher"/> policy, whatever its endpoint asks for; endpoints open to anyone (sign-in,
/// sign-out) excepted. A page endpoint answers GET and POST alike, so a form added to a page later is closed to
/// observers without anyone having to remember it. Not signed in: the sign-in challenge; signed in: 403.
/// </summary>
public sealed class StateChangesNeedResearcher(RequestDelegate next)
{
    /// <summary>Lets the request through, or challenges or forbids it.</summary>
    public async Task InvokeAsync(HttpContext context, IAuthorizationService authorization)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(authorization);
        var method = context.Request.Method;
        var safe = HttpMethods.IsGet(method) || HttpMethods.IsHead(method) || HttpMethods.IsOptions(method) || HttpMethods.IsTrace(method);
        if (safe || context.GetEndpoint()?.Metadata.GetMetadata<IAllowAnonymous>() is not null
            || (await authorization.AuthorizeAsync(context.User, LabPolicies.Researcher)).Succeeded)
        {
            await next(context);
            return;
        }

        await (context.User.Identity?.IsAuthenticated == true ? context.ForbidAsync() : context.ChallengeAsync());
    }
}
