using System.Net;
using Microsoft.AspNetCore.Builder;
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

    public static void Map(WebApplication app, ModeratedSession session, RemoteParticipation remote, TimeProvider time)
    {
        var page = ParticipantAssets.Read("participant.html")
            .Replace("{{STUDY}}", WebUtility.HtmlEncode(remote.StudyName), StringComparison.Ordinal);
        var script = ParticipantAssets.Read("participant.js");
        var styles = ParticipantAssets.Read("participant.css");
        var logger = app.Services.GetRequiredService<ILoggerFactory>().CreateLogger(typeof(ParticipantStreamSocket));
        var streaming = 0;

        app.MapGet("/p/{token}/", () => Results.Content(page, "text/html; charset=utf-8"));
        app.MapGet("/p/{token}/participant.js", () => Results.Content(script, "text/javascript; charset=utf-8"));
        app.MapGet("/p/{token}/participant.css", () => Results.Content(styles, "text/css; charset=utf-8"));
        app.MapGet("/p/{token}/panel.js", () => Results.Content(RemoteParticipation.PanelScript, "text/javascript; charset=utf-8"));
        app.MapGet("/p/{token}/state", () => Results.Json(new { consent = remote.Consent.ToString().ToLowerInvariant(), width = remote.Viewport.Width, height = remote.Viewport.Height }, ConsoleJson.Options));
        app.MapPost("/p/{token}/consent", ([FromBody] ConsentBody body) => ConsentAsync(remote, body));
        app.MapPost("/p/{token}/panel", async (HttpRequest request) =>
        {
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
        app.Map("/p/{token}/stream", async (HttpContext context) =>
        {
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

            if (remote.Consent != ConsentState.Given)
            {
                await ErrorReply.WriteAsync(context.Response, StatusCodes.Status409Conflict, "the stream starts after consent");
                return;
            }

            if (Interlocked.Exchange(ref streaming, 1) == 1)
            {
                await ErrorReply.WriteAsync(context.Response, StatusCodes.Status409Conflict, "this link is streaming in another browser tab; close it there first");
                return;
            }

            try
            {
                using var socket = await context.WebSockets.AcceptWebSocketAsync();
                using var stopping = CancellationTokenSource.CreateLinkedTokenSource(context.RequestAborted, app.Lifetime.ApplicationStopping);
                await new ParticipantStreamSocket(socket, session, remote, time, logger).RunAsync(stopping.Token);
            }
            finally
            {
                Volatile.Write(ref streaming, 0);
            }
        });
    }

    private static async Task<IResult> ConsentAsync(RemoteParticipation remote, ConsentBody body)
    {
        if (body.Agree is not { } agree)
        {
            throw new BadHttpRequestException("say {\"agree\": true} or {\"agree\": false}");
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
            return Results.Json(new { error = ex.Message }, ConsoleJson.Options, statusCode: StatusCodes.Status409Conflict);
        }
        catch (EnvironmentProblemException ex)
        {
            // The lab's browser did not start; the participant may try again once the moderator has fixed it.
            return Results.Json(new { error = ex.Message }, ConsoleJson.Options, statusCode: StatusCodes.Status503ServiceUnavailable);
        }
    }
}
