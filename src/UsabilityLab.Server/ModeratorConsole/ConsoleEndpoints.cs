using System.Net.ServerSentEvents;
using System.Runtime.CompilerServices;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Routing;
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

    /// <summary>
    /// Maps the console on <paramref name="routes"/> (the page at the group's root, everything else relative to it);
    /// <paramref name="subjectOf"/> finds the session a request is about (null: 404), <paramref name="token"/> goes into
    /// the page for its requests to carry.
    /// </summary>
    public static void Map(IEndpointRouteBuilder routes, Func<HttpContext, ConsoleSubject?> subjectOf, string token, CancellationToken stopping)
    {
        var page = ConsoleAssets.Read("console.html").Replace("{{TOKEN}}", token, StringComparison.Ordinal);
        var script = ConsoleAssets.Read("console.js");
        var styles = ConsoleAssets.Read("console.css");
        routes.MapGet("/", (HttpContext c) => subjectOf(c) is null ? Results.NotFound() : Results.Content(page, "text/html; charset=utf-8"));
        routes.MapGet("/console.js", () => Results.Content(script, "text/javascript; charset=utf-8"));
        routes.MapGet("/console.css", () => Results.Content(styles, "text/css; charset=utf-8"));
        routes.MapGet("/api/state", async (HttpContext c) => subjectOf(c) is { } s ? Results.Json(await s.Session.SnapshotAsync(), ConsoleJson.Options) : Results.NotFound());
        routes.MapGet("/api/stream", (HttpContext c) => subjectOf(c) is { } s
            ? TypedResults.ServerSentEvents(Stream(s.Session.Updates, c.RequestAborted, stopping))
            : Results.NotFound());

        // Cast to Delegate: a handler of only the HttpContext would otherwise be taken as a RequestDelegate, whose result is dropped.
        void MapLead(string path, Func<ModeratedSession, Task> command) => routes.MapPost(path, (Delegate)((HttpContext c) => Lead(subjectOf(c), command)));
        MapLead("/api/tasks/next", s => s.StartNextTaskAsync());
        routes.MapPost("/api/attempts/mark", (HttpContext c, [FromBody] MarkBody body) => Lead(subjectOf(c), s => s.MarkOutcomeAsync(body.AttemptId, body.ToOutcome())));
        MapLead("/api/clock/pause", s => s.PauseClockAsync());
        MapLead("/api/clock/resume", s => s.ResumeClockAsync());
        MapLead("/api/session/end", s => s.EndAsync());
        MapLead("/api/session/resume", s => s.ResumeWithNewBrowserAsync());
        routes.MapPost("/api/notes", (HttpContext c, [FromBody] NoteBody body) => Take(subjectOf(c), async s => new { id = await s.AddNoteAsync(body.ToRequest()) }));
        routes.MapPost("/api/audio", (HttpContext c, [FromBody] AudioBody body) => Take(subjectOf(c), async s => new { clipId = await s.StartAudioAsync(ClientTime.Checked(body.WallMs), body.ToMimeType()) }));
        routes.MapPut("/api/audio/{clipId:long}/{sequence:int}", (HttpContext c, long clipId, int sequence) => subjectOf(c) is { } s ? AppendAudioAsync(s.Session, clipId, sequence, c.Request) : Task.FromResult(Results.NotFound()))
            .WithMetadata(new RequestSizeLimitAttribute(MaxAudioChunkBytes));
        routes.MapPost("/api/audio/{clipId:long}/stop", (HttpContext c, long clipId, [FromBody] AudioBody body) => Take(subjectOf(c), async s =>
        {
            await s.StopAudioAsync(clipId, ClientTime.Checked(body.WallMs));
            return new { ok = true };
        }));
    }

    /// <summary>A command that leads the session: refused for a console that only watches.</summary>
    private static Task<IResult> Lead(ConsoleSubject? subject, Func<ModeratedSession, Task> command) => subject switch
    {
        null => Task.FromResult(Results.NotFound()),
        { Leads: false } => Task.FromResult(Results.Json(
            new { error = "This participant works through the tasks alone: you can watch, take notes and record think-aloud, not lead." },
            ConsoleJson.Options,
            statusCode: StatusCodes.Status409Conflict)),
        _ => Command(() => command(subject.Session)),
    };

    /// <summary>Something every console may do (notes, audio).</summary>
    private static Task<IResult> Take<T>(ConsoleSubject? subject, Func<ModeratedSession, Task<T>> command) =>
        subject is null ? Task.FromResult(Results.NotFound()) : Command(() => command(subject.Session));

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
