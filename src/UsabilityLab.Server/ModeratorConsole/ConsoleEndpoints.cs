using System.Net.ServerSentEvents;
using System.Runtime.CompilerServices;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Hosting;
using Microsoft.Net.Http.Headers;
using UsabilityLab.Recording.Moderation;

namespace UsabilityLab.Server.ModeratorConsole;

/// <summary>
/// The console's routes: its three files, the live stream, and one POST per moderator command. A request a route
/// cannot take is refused with a reason (<see cref="ClientErrorReasons"/>): 400 malformed, 413 too large, 415 not the
/// content type the route reads; a well-formed command the session cannot carry out now answers 409.
/// </summary>
internal static class ConsoleEndpoints
{
    /// <summary>The most any route but the audio upload reads: a note is at most 2,000 characters.</summary>
    public const int MaxBodyBytes = 64 * 1024;

    private const int MaxAudioChunkBytes = 8 * 1024 * 1024;

    public static void Map(WebApplication app, ModeratedSession session, string token)
    {
        var page = ConsoleAssets.Read("console.html").Replace("{{TOKEN}}", token, StringComparison.Ordinal);
        var script = ConsoleAssets.Read("console.js");
        var styles = ConsoleAssets.Read("console.css");
        app.MapGet("/", () => Results.Content(page, "text/html; charset=utf-8"));
        app.MapGet("/console.js", () => Results.Content(script, "text/javascript; charset=utf-8"));
        app.MapGet("/console.css", () => Results.Content(styles, "text/css; charset=utf-8"));
        app.MapGet("/api/state", async () => Results.Json(await session.SnapshotAsync(), ConsoleJson.Options));
        app.MapGet("/api/stream", (HttpContext context) =>
            TypedResults.ServerSentEvents(Stream(session.Updates, context.RequestAborted, app.Lifetime.ApplicationStopping)));

        app.MapPost("/api/tasks/next", () => Command(session.StartNextTaskAsync));
        app.MapPost("/api/attempts/mark", ([FromBody] MarkBody body) => Command(() => session.MarkOutcomeAsync(body.AttemptId, body.ToOutcome())));
        app.MapPost("/api/clock/pause", () => Command(session.PauseClockAsync));
        app.MapPost("/api/clock/resume", () => Command(session.ResumeClockAsync));
        app.MapPost("/api/session/end", () => Command(() => session.EndAsync()));
        app.MapPost("/api/session/resume", () => Command(session.ResumeWithNewBrowserAsync));
        app.MapPost("/api/notes", ([FromBody] NoteBody body) => Command(async () => new { id = await session.AddNoteAsync(body.ToRequest()) }));
        app.MapPost("/api/audio", ([FromBody] AudioBody body) => Command(async () => new { clipId = await session.StartAudioAsync(ClientTime.Checked(body.WallMs), body.ToMimeType()) }));
        app.MapPut("/api/audio/{clipId:long}/{sequence:int}", (long clipId, int sequence, HttpRequest request) => AppendAudioAsync(session, clipId, sequence, request))
            .WithMetadata(new RequestSizeLimitAttribute(MaxAudioChunkBytes));
        app.MapPost("/api/audio/{clipId:long}/stop", (long clipId, [FromBody] AudioBody body) => Command(() => session.StopAudioAsync(clipId, ClientTime.Checked(body.WallMs))));
    }

    private static async Task<IResult> AppendAudioAsync(ModeratedSession session, long clipId, int sequence, HttpRequest request)
    {
        if (sequence < 0)
        {
            throw new BadHttpRequestException("sequence must be 0 or more");
        }

        if (!IsAudioChunk(request.ContentType))
        {
            throw new BadHttpRequestException("send an audio chunk as application/octet-stream or audio/*", StatusCodes.Status415UnsupportedMediaType);
        }

        using var buffer = new MemoryStream();
        await request.Body.CopyToAsync(buffer); // past the route's size limit the server stops reading: 413
        return buffer.Length == 0
            ? throw new BadHttpRequestException("an audio chunk must not be empty")
            : await Command(() => session.AppendAudioAsync(clipId, sequence, buffer.ToArray()));
    }

    /// <summary>The console's page sends its recorder's pieces as <c>application/octet-stream</c>.</summary>
    private static bool IsAudioChunk(string? contentType) =>
        MediaTypeHeaderValue.TryParse(contentType, out var type)
        && (type.MediaType.Equals("application/octet-stream", StringComparison.OrdinalIgnoreCase) || type.Type.Equals("audio", StringComparison.OrdinalIgnoreCase));

    private static async IAsyncEnumerable<SseItem<string>> Stream(ModerationUpdates updates, [EnumeratorCancellation] CancellationToken aborted, CancellationToken stopping)
    {
        using var linked = CancellationTokenSource.CreateLinkedTokenSource(aborted, stopping);
        var messages = ConsoleHub.FollowAsync(updates, linked.Token).WithCancellation(linked.Token).ConfigureAwait(false);
        var enumerator = messages.GetAsyncEnumerator();
        try
        {
            while (true)
            {
                try
                {
                    if (!await enumerator.MoveNextAsync())
                    {
                        yield break;
                    }
                }
                catch (OperationCanceledException)
                {
                    yield break; // the console closed, or the lab is shutting down
                }

                yield return new SseItem<string>(enumerator.Current.Data, enumerator.Current.Type);
            }
        }
        finally
        {
            await enumerator.DisposeAsync();
        }
    }

    private static Task<IResult> Command(Func<Task> command) => Command(async () =>
    {
        await command();
        return new { ok = true };
    });

    private static async Task<IResult> Command<T>(Func<Task<T>> command)
    {
        try
        {
            return Results.Json(await command(), ConsoleJson.Options);
        }
        catch (ModerationException ex)
        {
            return Results.Json(new { error = ex.Message }, ConsoleJson.Options, statusCode: StatusCodes.Status409Conflict);
        }
    }
}
