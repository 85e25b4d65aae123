using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using UsabilityLab.Core.Errors;
using UsabilityLab.Recording.Moderation;
using UsabilityLab.Recording.Moderation.Remote;
using UsabilityLab.Server.ModeratorConsole;

namespace UsabilityLab.Server.Remote;

/// <summary>
/// The participant page's routes, all under <c>/p/{token}/</c> (checked before: <see cref="ParticipantLinkGuard"/>):
/// the page and its files, the consent answer, the task panel's calls, and the stream (a WebSocket from the page's
/// own origin only, one at a time).
/// </summary>
internal static class ParticipantEndpoints
{
    /// <summary>The most any route reads: a panel call or a consent answer is a few hundred bytes.</summary>
    public const int MaxBodyBytes = 16 * 1024;

    /// <summary>How long a participant waits before their page asks again when the lab has no room for their browser.</summary>
    public const int RetryAfterSeconds = 10;

    /// <summary>
    /// Maps the routes under <c>/p/{token}/</c>; <paramref name="seatOf"/> finds the link's seat (null: 404). The group
    /// returned takes the conventions of the app it is in (open to anyone: the link's token is the participant's key).
    /// </summary>
    public static RouteGroupBuilder Map(IEndpointRouteBuilder routes, Func<string, ParticipantSeat?> seatOf, TimeProvider time, CancellationToken stopping)
    {
        var script = ParticipantAssets.Read("participant.js");
        var styles = ParticipantAssets.Read("participant.css");
        var logger = routes.ServiceProvider.GetRequiredService<ILoggerFactory>().CreateLogger(typeof(ParticipantStreamSocket));
        var link = routes.MapGroup("/p/{token}");
        var found = seatOf;
        // Every request of the participant's page says they are still there (see RemoteSessionHost's watchdog).
        seatOf = token =>
        {
            var seat = found(token);
            seat?.Touch(time.GetUtcNow());
            return seat;
        };

        // Before consent a stored invitation has no seat yet: its preview shows the consent screen (nothing starts).
        link.MapGet("/", (string token, HttpContext context) =>
        {
            var page = seatOf(token)?.Page ?? (PreviewOf(context) is { } study ? ParticipantAssets.PageFor(study) : null);
            return page is null ? Results.NotFound() : Results.Content(page, "text/html; charset=utf-8");
        });
        link.MapGet("/participant.js", () => Results.Content(script, "text/javascript; charset=utf-8"));
        link.MapGet("/participant.css", () => Results.Content(styles, "text/css; charset=utf-8"));
        ParticipantAudioEndpoints.Map(link, seatOf);
        link.MapGet("/panel.js", () => Results.Content(RemoteParticipation.PanelScript, "text/javascript; charset=utf-8"));
        link.MapGet("/state", (string token, HttpContext context) => seatOf(token) is { Remote: var remote }
            ? Results.Json(new { consent = remote.Consent.ToString().ToLowerInvariant(), width = remote.Viewport.Width, height = remote.Viewport.Height }, ConsoleJson.Options)
            : PreviewOf(context) is not null ? Results.Json(new { consent = "pending" }, ConsoleJson.Options) : Results.NotFound());
        link.MapPost("/consent", async (string token, [FromBody] ConsentBody body) =>
        {
            if (seatOf(token) is not { } seat)
            {
                return Results.NotFound();
            }

            var answer = await seat.StartingAsync(() => ConsentAsync(seat, body));
            seat.Touch(time.GetUtcNow()); // starting the browser takes seconds: the stream opens right after this answer
            return answer;
        });
        link.MapPost("/panel", async (string token, HttpRequest request) =>
        {
            if (seatOf(token) is not { Remote: var remote })
            {
                return Results.NotFound();
            }

            using var reader = new StreamReader(request.Body);
            var json = await reader.ReadToEndAsync(request.HttpContext.RequestAborted);
            try
            {
                return Results.Content(await remote.PanelCallAsync(json), "application/json; charset=utf-8");
            }
            catch (ModerationException ex)
            {
                return Results.Json(new { error = ex.Message }, ConsoleJson.Options, statusCode: StatusCodes.Status409Conflict);
            }
        });
        link.Map("/stream", async (string token, HttpContext context) =>
        {
            if (seatOf(token) is not { } seat)
            {
                await ErrorReply.WriteAsync(context.Response, StatusCodes.Status404NotFound, "no such link");
                return;
            }

            if (!context.WebSockets.IsWebSocketRequest)
            {
                await ErrorReply.WriteAsync(context.Response, StatusCodes.Status400BadRequest, "the stream is a WebSocket");
                return;
            }

            // Browsers send Origin on every WebSocket handshake, and a page of another site may open one to any
            // address (no CORS for WebSockets): only the participant page's own origin gets the stream.
            var own = $"{context.Request.Scheme}://{context.Request.Host.ToUriComponent()}";
            if (!string.Equals(context.Request.Headers.Origin.ToString(), own, StringComparison.OrdinalIgnoreCase))
            {
                await ErrorReply.WriteAsync(context.Response, StatusCodes.Status403Forbidden, $"the stream is only for the participant page ({own})");
                return;
            }

            if (seat.Remote.Consent != ConsentState.Given)
            {
                await ErrorReply.WriteAsync(context.Response, StatusCodes.Status409Conflict, "the stream starts after consent");
                return;
            }

            if (!seat.TryStream())
            {
                await ErrorReply.WriteAsync(context.Response, StatusCodes.Status409Conflict, "this link is streaming in another browser tab; close it there first");
                return;
            }

            try
            {
                await seat.ReconnectAsync();
                using var socket = await context.WebSockets.AcceptWebSocketAsync();
                using var linked = CancellationTokenSource.CreateLinkedTokenSource(context.RequestAborted, stopping);
                await new ParticipantStreamSocket(socket, seat.Session, seat.Remote, time, logger).RunAsync(linked.Token);
            }
            finally
            {
                // Paused before the stream is free: a reload's new stream then finds the pause and resumes it.
                if (!stopping.IsCancellationRequested)
                {
                    await seat.DropAsync();
                }

                seat.Touch(time.GetUtcNow());
                seat.EndStream();
            }
        });
        ParticipantBrowserEndpoints.Map(link, seatOf);
        return link;
    }

    /// <summary>The study name of a link previewed before consent (see <see cref="LinkPreview"/>), or null.</summary>
    private static string? PreviewOf(HttpContext context) => context.Items[LinkPreview.Key] is LinkPreview preview ? preview.StudyName ?? "" : null;

    private static async Task<IResult> ConsentAsync(ParticipantSeat seat, ConsentBody body)
    {
        if (body.Agree is not { } agree)
        {
            throw new BadHttpRequestException("say {\"agree\": true} or {\"agree\": false}");
        }

        var remote = seat.Remote;
        if (agree && remote.Consent != ConsentState.Given && !seat.MayStart())
        {
            // Every browser the lab may run is taken: the page waits and asks again (nothing has started).
            return Results.Json(
                new { error = "Everyone's place is taken at the moment. Keep this page open: you will start as soon as a place is free.", retryAfter = RetryAfterSeconds },
                ConsoleJson.Options,
                statusCode: StatusCodes.Status429TooManyRequests);
        }

        try
        {
            if (agree)
            {
                await remote.GiveConsentAsync();
            }
            else
            {
                await remote.RefuseConsentAsync();
            }

            return Results.Json(new { consent = remote.Consent.ToString().ToLowerInvariant() }, ConsoleJson.Options);
        }
        catch (Exception ex) when (ex is ModerationException or InputException)
        {
            // Refused before, ended, or every task already attempted by this participant: nothing to start.
            seat.StartFailed?.Invoke();
            return Results.Json(new { error = ex.Message }, ConsoleJson.Options, statusCode: StatusCodes.Status409Conflict);
        }
        catch (EnvironmentProblemException ex)
        {
            seat.StartFailed?.Invoke();
            // The lab's browser did not start; the participant may try again once the moderator has fixed it.
            return Results.Json(new { error = ex.Message }, ConsoleJson.Options, statusCode: StatusCodes.Status503ServiceUnavailable);
        }
    }
}
