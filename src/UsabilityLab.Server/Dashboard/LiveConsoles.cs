using System.Globalization;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using UsabilityLab.Server.ModeratorConsole;
using UsabilityLab.Server.Remote;

namespace UsabilityLab.Server.Dashboard;

/// <summary>
/// The moderator console of each live remote participant, on the dashboard at <c>/live/{invitation}/</c>: behind the
/// dashboard's sign-in (observers watch; a researcher leads a moderated session, since every command is a POST, which
/// needs the researcher role), instead of a console of its own on the lab machine's loopback.
/// </summary>
internal static class LiveConsoles
{
    /// <summary>The console's own content security policy: its frames are data URLs, its think-aloud preview a blob.</summary>
    private const string ContentSecurityPolicy =
        "default-src 'self'; img-src 'self' data:; connect-src 'self'; style-src 'self'; script-src 'self'; media-src 'self' blob:; frame-ancestors 'none'; form-action 'none'; base-uri 'none'";

    /// <summary>The console's routes, under <c>/live/{invitation}</c>.</summary>
    public static RouteGroupBuilder Map(IEndpointRouteBuilder routes, LiveRemoteSessions live, CancellationToken stopping)
    {
        var group = routes.MapGroup("/live/{invitation:long}");
        ConsoleEndpoints.Map(group, context => InvitationOf(context) is { } id ? live.ConsoleOf(id) : null, token: "", stopping);
        return group;
    }

    /// <summary>What the console's requests need before their routes: its headers, its reasons for refusals, its JSON rules.</summary>
    public static void UseMiddleware(IApplicationBuilder console)
    {
        console.Use((context, next) =>
        {
            var headers = context.Response.Headers;
            headers.CacheControl = "no-store";
            headers.ContentSecurityPolicy = ContentSecurityPolicy;
            // The page's files and calls are relative to its folder: /live/7 becomes /live/7/.
            var segments = context.Request.Path.Value!.Split('/', StringSplitOptions.RemoveEmptyEntries);
            if (segments.Length == 2 && !context.Request.Path.Value.EndsWith('/') && HttpMethods.IsGet(context.Request.Method))
            {
                context.Response.Redirect($"/live/{segments[1]}/");
                return Task.CompletedTask;
            }

            return next(context);
        });
        console.UseMiddleware<ClientErrorReasons>();
        console.UseMiddleware<Utf8JsonRequests>();
    }

    private static long? InvitationOf(HttpContext context) =>
        long.TryParse(context.Request.RouteValues["invitation"] as string, NumberStyles.None, CultureInfo.InvariantCulture, out var id) ? id : null;
}
