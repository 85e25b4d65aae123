using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Routing;
using UsabilityLab.Core.Errors;
using UsabilityLab.Recording.Moderation;
using UsabilityLab.Server.ModeratorConsole;

namespace UsabilityLab.Server.Remote;

/// <summary>
/// The participant page's routes about the lab's browser around the stream (<c>participant-browser.js</c>): its state
/// and tabs (<c>GET browser</c>, asked every second), switching and closing tabs (<c>POST tab</c>), and continuing in a
/// new browser after it crashed or closed (<c>POST continue</c>).
/// </summary>
internal static class ParticipantBrowserEndpoints
{
    /// <summary>Maps the routes on the link's group; <paramref name="seatOf"/> finds the link's seat (null: 404).</summary>
    public static void Map(RouteGroupBuilder link, Func<string, ParticipantSeat?> seatOf)
    {
        var script = ParticipantAssets.Read("participant-browser.js");
        var styles = ParticipantAssets.Read("participant-browser.css");
        link.MapGet("/participant-browser.js", () => Results.Content(script, "text/javascript; charset=utf-8"));
        link.MapGet("/participant-browser.css", () => Results.Content(styles, "text/css; charset=utf-8"));
        link.MapGet("/browser", (string token) => seatOf(token) is { Remote: var remote } ? Results.Json(remote.Browser(), ConsoleJson.Options) : Results.NotFound());
        link.MapPost("/tab", async (string token, [FromBody] TabBody body) =>
        {
            if (seatOf(token) is not { Remote: var remote })
            {
                return Results.NotFound();
            }

            var done = (body.Id, body.Action) switch
            {
                ({ } id, "show") => await remote.ShowTabAsync(id),
                ({ } id, "close") => await remote.CloseTabAsync(id),
                _ => throw new BadHttpRequestException("say {\"id\": N, \"action\": \"show\"} or \"close\""),
            };
            return done ? Results.NoContent() : Results.Json(new { error = $"no tab {body.Id} to {body.Action}" }, ConsoleJson.Options, statusCode: StatusCodes.Status404NotFound);
        });
        link.MapPost("/continue", async (string token) =>
        {
            if (seatOf(token) is not { } seat)
            {
                return Results.NotFound();
            }

            try
            {
                // A new browser takes seconds to start: the participant is there meanwhile (the lab's watchdog waits).
                await seat.StartingAsync(async () =>
                {
                    await seat.Remote.ContinueAsync();
                    return true;
                });
                return Results.NoContent();
            }
            catch (ModerationException ex)
            {
                return Results.Json(new { error = ex.Message }, ConsoleJson.Options, statusCode: StatusCodes.Status409Conflict);
            }
            catch (EnvironmentProblemException ex)
            {
                return Results.Json(new { error = ex.Message }, ConsoleJson.Options, statusCode: StatusCodes.Status503ServiceUnavailable);
            }
        });
    }
}
