using Microsoft.AspNetCore.Http;

namespace UsabilityLab.Server.ModeratorConsole;

/// <summary>
/// Middleware that refuses a state-changing request (any method but GET, HEAD, OPTIONS and TRACE) unless it comes from
/// the server's own origin: 403 with a short reason as <c>{"error": …}</c>.
/// </summary>
/// <remarks>
/// <para>
/// A request passes when its <c>Origin</c> is exactly the origin it was sent to (the request's scheme and
/// <c>Host</c>, port included), or, without <c>Origin</c>, when <c>Sec-Fetch-Site</c> is <c>same-origin</c>. Anything
/// else is refused: another origin, <c>Origin: null</c> (sandboxed frames, privacy redirects), a page of another port
/// on the same machine (<c>Sec-Fetch-Site: same-site</c>), and a request that carries neither header. Browsers send
/// <c>Origin</c> with every POST, PUT, DELETE and PATCH, and <c>Sec-Fetch-Site</c> to loopback, so a page's
/// <c>fetch</c> always passes or fails on what it says; other clients send <c>Origin</c> themselves.
/// </para>
/// <para>
/// ASP.NET Core 10 has no such check (its antiforgery is a cookie-and-form token pair, for pages that post forms; the
/// Fetch-metadata protection arrives in 11); this follows the same algorithm as that one and Go's
/// <c>CrossOriginProtection</c>, but refuses header-less requests rather than taking them for non-browser clients.
/// Run it after host filtering: comparing <c>Origin</c> with <c>Host</c> proves nothing while <c>Host</c> is the
/// attacker's (a DNS-rebound page is same-origin with its own name).
/// </para>
/// </remarks>
public sealed class CrossOriginProtection(RequestDelegate next)
{
    /// <summary>Lets the request through, or answers 403.</summary>
    public async Task InvokeAsync(HttpContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (Refusal(context.Request) is not { } reason)
        {
            await next(context);
            return;
        }

        await ErrorReply.WriteAsync(context.Response, StatusCodes.Status403Forbidden, reason);
    }

    private static string? Refusal(HttpRequest request)
    {
        if (HttpMethods.IsGet(request.Method) || HttpMethods.IsHead(request.Method) || HttpMethods.IsOptions(request.Method) || HttpMethods.IsTrace(request.Method))
        {
            return null;
        }

        var own = $"{request.Scheme}://{request.Host.ToUriComponent()}";
        var origin = request.Headers.Origin;
        if (!string.IsNullOrEmpty(origin))
        {
            return origin.Count == 1 && string.Equals(origin[0], own, StringComparison.OrdinalIgnoreCase)
                ? null
                : $"cross-origin request refused: Origin {origin} is not {own}";
        }

        var site = request.Headers["Sec-Fetch-Site"].ToString();
        return site switch
        {
            "same-origin" => null,
            "" => $"a {request.Method} must say where it comes from: send Origin: {own}",
            _ => $"cross-origin request refused: Sec-Fetch-Site is {site}, not same-origin",
        };
    }
}
