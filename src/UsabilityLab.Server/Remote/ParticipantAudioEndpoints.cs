using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Routing;
using Microsoft.Net.Http.Headers;
using UsabilityLab.Recording.Moderation;
using UsabilityLab.Recording.Moderation.Remote;
using UsabilityLab.Server.ModeratorConsole;

namespace UsabilityLab.Server.Remote;

/// <summary>
/// The participant's microphone under <c>/p/{token}/</c>: its script and styles, <c>POST audio/start</c> (opens a clip, answers
/// its id), <c>POST audio/{clip}/{sequence}</c> (one MediaRecorder piece, in order) and <c>POST audio/{clip}/stop</c>.
/// Like every POST of the page they pass <see cref="CrossOriginProtection"/> (the page's own origin only) and
/// <see cref="ParticipantLinkGuard"/> (the browser that redeemed the link). A clip starts only after consent, while the
/// session runs and the participant's page has its stream open; a piece that comes when the stream is gone is refused
/// and its clip finished, so the microphone never records a participant who no longer sees the website.
/// </summary>
internal static class ParticipantAudioEndpoints
{
    /// <summary>The most one piece may be: the page sends one a second (Opus at 64 kbit/s is about 8 KB).</summary>
    public const int MaxChunkBytes = 256 * 1024;

    /// <summary>Pieces per clip: ten hours of one-second pieces.</summary>
    public const int MaxSequence = 36_000;

    /// <summary>Maps the microphone's routes on the link's group; <paramref name="seatOf"/> finds the link's seat (null: 404).</summary>
    public static void Map(RouteGroupBuilder link, Func<string, ParticipantSeat?> seatOf)
    {
        var script = ParticipantAssets.Read("participant-audio.js");
        var styles = ParticipantAssets.Read("participant-audio.css");
        link.MapGet("/participant-audio.js", () => Results.Content(script, "text/javascript; charset=utf-8"));
        link.MapGet("/participant-audio.css", () => Results.Content(styles, "text/css; charset=utf-8"));
        link.MapPost("/audio/start", (string token, [FromBody] MicrophoneBody body) => WithSeatAsync(seatOf(token), async seat =>
        {
            var mimeType = body.ToMimeType();
            var wallMs = ClientTime.Checked(body.WallMs);
            if (await RefusalAsync(seat) is { } refusal)
            {
                return refusal;
            }

            return Results.Json(new { clipId = await seat.Remote.Microphone.StartAsync(wallMs, mimeType) }, ConsoleJson.Options);
        }));
        link.MapPost("/audio/{clipId:long}/{sequence:int}", (string token, long clipId, int sequence, HttpRequest request) =>
                WithSeatAsync(seatOf(token), seat => AppendAsync(seat, clipId, sequence, request)))
            .WithMetadata(new RequestSizeLimitAttribute(MaxChunkBytes));
        link.MapPost("/audio/{clipId:long}/stop", (string token, long clipId, [FromBody] MicrophoneBody body) => WithSeatAsync(seatOf(token), async seat =>
        {
            // Always allowed: stopping only ends a clip (a page going away sends it as it closes).
            await seat.Remote.Microphone.StopAsync(clipId, ClientTime.Checked(body.WallMs));
            return Results.Json(new { ok = true }, ConsoleJson.Options);
        }));
    }

    private static async Task<IResult> AppendAsync(ParticipantSeat seat, long clipId, int sequence, HttpRequest request)
    {
        if (sequence is < 0 or > MaxSequence)
        {
            throw new BadHttpRequestException($"sequence must be 0 to {MaxSequence}");
        }

        if (!IsAudioPiece(request.ContentType))
        {
            throw new BadHttpRequestException("send an audio piece as application/octet-stream or audio/*", StatusCodes.Status415UnsupportedMediaType);
        }

        using var buffer = new MemoryStream();
        await request.Body.CopyToAsync(buffer, request.HttpContext.RequestAborted); // past the route's size limit the server stops reading: 413
        if (buffer.Length == 0)
        {
            throw new BadHttpRequestException("an audio piece must not be empty");
        }

        if (await RefusalAsync(seat) is { } refusal)
        {
            // The participant left the website (their stream closed) or the session is over: the clip ends here.
            await seat.Remote.Microphone.StopAsync(clipId, null);
            return refusal;
        }

        await seat.Remote.Microphone.AppendAsync(clipId, sequence, buffer.ToArray());
        return Results.Json(new { ok = true }, ConsoleJson.Options);
    }

    /// <summary>Why the microphone may not record now (409), or null: consent given, the session running and the page streaming the website.</summary>
    private static async Task<IResult?> RefusalAsync(ParticipantSeat seat)
    {
        var reason = seat.Remote.Consent != ConsentState.Given ? "the microphone turns on only after consent"
            : (await seat.Session.SnapshotAsync()).Status switch
            {
                ModerationStatus.Ended => "the session has ended",
                ModerationStatus.BrowserLost => "the website stopped at the lab; turn the microphone on again when it is back",
                _ => seat.IsStreaming ? null : "the microphone records only while this page shows the website; reload the page",
            };
        return reason is null ? null : Results.Json(new { error = reason }, ConsoleJson.Options, statusCode: StatusCodes.Status409Conflict);
    }

    private static async Task<IResult> WithSeatAsync(ParticipantSeat? seat, Func<ParticipantSeat, Task<IResult>> handle)
    {
        if (seat is null)
        {
            return Results.NotFound();
        }

        try
        {
            return await handle(seat);
        }
        catch (ModerationException ex)
        {
            // Before consent, after the session ended or the browser was lost, a piece out of order, the cap reached.
            return Results.Json(new { error = ex.Message }, ConsoleJson.Options, statusCode: StatusCodes.Status409Conflict);
        }
    }

    private static bool IsAudioPiece(string? contentType) =>
        MediaTypeHeaderValue.TryParse(contentType, out var type)
        && (type.MediaType.Equals("application/octet-stream", StringComparison.OrdinalIgnoreCase) || type.Type.Equals("audio", StringComparison.OrdinalIgnoreCase));
}
