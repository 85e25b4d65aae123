using System.Net.ServerSentEvents;
using System.Runtime.CompilerServices;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Hosting;
using UsabilityLab.Core.Sessions;

namespace UsabilityLab.Recording.Moderation.Web;

/// <summary>The console's routes: its three files, the live stream, and one POST per moderator command.</summary>
internal static class ConsoleEndpoints
{
    private const int MaxAudioChunkBytes = 8 * 1024 * 1024;

    public static void Map(WebApplication app, ModeratedSession session, string token)
    {
        var page = ConsoleAssets.Read("console.html").Replace("{{TOKEN}}", token, StringComparison.Ordinal);
        var script = ConsoleAssets.Read("console.js");
        var styles = ConsoleAssets.Read("console.css");
        app.MapGet("/", () => Results.Content(page, "text/html; charset=utf-8"));
        app.MapGet("/console.js", () => Results.Content(script, "text/javascript; charset=utf-8"));
        app.MapGet("/console.css", () => Results.Content(styles, "text/css; charset=utf-8"));
        app.MapGet("/api/state", async () => Results.Json(await session.SnapshotAsync(), PanelChannel.Json));
        app.MapGet("/api/stream", (HttpContext context) =>
            TypedResults.ServerSentEvents(Stream(session.Hub, context.RequestAborted, app.Lifetime.ApplicationStopping)));

        app.MapPost("/api/tasks/next", () => Command(session.StartNextTaskAsync));
        app.MapPost("/api/attempts/mark", (MarkBody body) => Command(() => session.MarkOutcomeAsync(body.AttemptId, ParseOutcome(body.Outcome))));
        app.MapPost("/api/clock/pause", () => Command(session.PauseClockAsync));
        app.MapPost("/api/clock/resume", () => Command(session.ResumeClockAsync));
        app.MapPost("/api/session/end", () => Command(() => session.EndAsync()));
        app.MapPost("/api/session/resume", () => Command(session.ResumeWithNewBrowserAsync));
        app.MapPost("/api/notes", (NoteBody body) => Command(async () =>
        {
            if (!ModeratorNote.TryParseTag(body.Tag, out var tag))
            {
                throw new ModerationException("tag must be issue, quote, positive or idea");
            }

            return new { id = await session.AddNoteAsync(new NoteRequest(body.WallMs, tag, body.Severity, body.Text ?? "")) };
        }));
        app.MapPost("/api/audio", (AudioBody body) => Command(async () => new { clipId = await session.StartAudioAsync(body.WallMs, body.MimeType ?? "") }));
        app.MapPut("/api/audio/{clipId:long}/{sequence:int}", async (long clipId, int sequence, HttpRequest request) =>
        {
            using var buffer = new MemoryStream();
            await request.Body.CopyToAsync(buffer);
            return buffer.Length is 0 or > MaxAudioChunkBytes
                ? Results.BadRequest(new { error = "an audio chunk must be 1 byte to 8 MB" })
                : await Command(() => session.AppendAudioAsync(clipId, sequence, buffer.ToArray()));
        });
        app.MapPost("/api/audio/{clipId:long}/stop", (long clipId, AudioBody body) => Command(() => session.StopAudioAsync(clipId, body.WallMs)));
    }

    private static async IAsyncEnumerable<SseItem<string>> Stream(ConsoleHub hub, [EnumeratorCancellation] CancellationToken aborted, CancellationToken stopping)
    {
        using var linked = CancellationTokenSource.CreateLinkedTokenSource(aborted, stopping);
        var messages = hub.SubscribeAsync(linked.Token).WithCancellation(linked.Token).ConfigureAwait(false);
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
            return Results.Json(await command(), PanelChannel.Json);
        }
        catch (ModerationException ex)
        {
            return Results.Json(new { error = ex.Message }, PanelChannel.Json, statusCode: StatusCodes.Status409Conflict);
        }
    }

    private static AttemptOutcome ParseOutcome(string? outcome) => outcome?.ToLowerInvariant() switch
    {
        "success" => AttemptOutcome.Success,
        "failed" or "failure" => AttemptOutcome.Failed,
        "abandoned" => AttemptOutcome.Abandoned,
        _ => throw new ModerationException("outcome must be success, failed or abandoned"),
    };

    private sealed record MarkBody(long? AttemptId, string? Outcome);

    private sealed record NoteBody(double? WallMs, string? Tag, int Severity, string? Text);

    private sealed record AudioBody(double WallMs, string? MimeType);
}
