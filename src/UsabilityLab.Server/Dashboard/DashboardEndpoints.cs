using System.Globalization;
using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Net.Http.Headers;
using UsabilityLab.Application;
using UsabilityLab.Application.Dashboard;
using UsabilityLab.Core.Runs;
using UsabilityLab.Reporting.Dashboard;
using UsabilityLab.Reporting.Report;

namespace UsabilityLab.Server.Dashboard;

/// <summary>What the dashboard serves besides its pages: a run's downloads and its live progress.</summary>
internal static class DashboardEndpoints
{
    /// <summary>How often a recording run's progress is read for its live stream.</summary>
    private static readonly TimeSpan ProgressInterval = TimeSpan.FromSeconds(1);

    /// <summary>Maps the endpoints; what is returned takes the conventions they share (the policy that may read them).</summary>
    public static IEndpointConventionBuilder Map(IEndpointRouteBuilder endpoints)
    {
        var run = endpoints.MapGroup("/runs/{runId:long}");
        run.MapGet("/download/{kind}", DownloadAsync);
        run.MapGet("/progress", ProgressAsync);
        run.MapGet("/tasks/{taskId}/views/{view:int}/picture", PictureAsync);
        run.MapGet("/tasks/{taskId}/views/{view:int}/layers/{kind}.png", LayerAsync);
        run.MapGet("/sessions/{participant}/moment.jpg", MomentAsync);
        run.MapGet("/sessions/{participant}/replay.json", ReplayAsync);
        run.MapGet("/sessions/{participant}/replay/frames/{frameId:long}.jpg", ReplayFrameAsync);
        run.MapGet("/sessions/{participant}/replay/audio/{clipId:long}", ReplayAudioAsync);
        return run;
    }

    /// <summary>What <paramref name="participant"/> saw at <paramref name="t"/> seconds into their session (<see cref="SessionMoment"/>).</summary>
    private static async Task<IResult> MomentAsync(long runId, string participant, double t, HttpContext context, DashboardQueries queries, CancellationToken ct) =>
        await queries.ReportAsync(runId, ct) is { } model && SessionMoment.Render(model.Run, participant, t) is { } jpeg
            ? Image(context, jpeg, "image/jpeg", model, string.Create(CultureInfo.InvariantCulture, $"{participant}@{t:0.0}"))
            : Results.NotFound();

    /// <summary>
    /// A moderated session's replay index for the session page's player: frames as <c>[id, ms]</c> pairs (an hour at
    /// two frames a second is some 150 kB) and the think-aloud clips with where they lie on the session's clock.
    /// </summary>
    private static async Task<IResult> ReplayAsync(long runId, string participant, HttpContext context, SessionReplays replays, CancellationToken ct)
    {
        if (await replays.OfAsync(runId, participant, ct) is not { } replay)
        {
            return Results.NotFound();
        }

        context.Response.Headers.CacheControl = "private, no-cache";
        return Results.Json(new
        {
            frames = replay.Frames.Select(f => new[] { f.Id, Math.Round(f.TimeMs) }),
            clips = replay.Clips.Select(c => new { id = c.Id, startMs = Math.Round(c.StartMs), endMs = c.EndMs is { } end ? Math.Round(end) : (double?)null }),
        });
    }

    /// <summary>One frame of a replay; a stored frame never changes, so the browser may keep it.</summary>
    private static async Task<IResult> ReplayFrameAsync(long runId, string participant, long frameId, HttpContext context, SessionReplays replays, CancellationToken ct)
    {
        if (await replays.FrameAsync(runId, participant, frameId, ct) is not { } jpeg)
        {
            return Results.NotFound();
        }

        context.Response.Headers.CacheControl = "private, max-age=86400, immutable";
        return Results.Bytes(jpeg, "image/jpeg");
    }

    /// <summary>A think-aloud clip, with range requests: the player seeks in it.</summary>
    private static async Task<IResult> ReplayAudioAsync(long runId, string participant, long clipId, SessionReplays replays, CancellationToken ct) =>
        await replays.ClipAsync(runId, participant, clipId, ct) is { } clip
            ? Results.File(clip.Data, clip.MimeType, enableRangeProcessing: true)
            : Results.NotFound();

    /// <summary>The page picture under one view of the task's heatmap.</summary>
    private static async Task<IResult> PictureAsync(long runId, string taskId, int view, HttpContext context, DashboardQueries queries, CancellationToken ct) =>
        await queries.ReportAsync(runId, ct) is { } model && SourceOf(model, taskId, view) is { } source
            ? Image(context, source.Picture.Image, source.PictureType, model, $"{taskId}/{view}/picture")
            : Results.NotFound();

    /// <summary>One layer of the task's heatmap (clicks, moves or scroll) as a transparent PNG the size of the picture.</summary>
    private static async Task<IResult> LayerAsync(long runId, string taskId, int view, string kind, HttpContext context, DashboardQueries queries, HeatmapLayers layers, CancellationToken ct) =>
        HeatmapLayers.Kinds.Contains(kind) && await queries.ReportAsync(runId, ct) is { } model && SourceOf(model, taskId, view) is { } source && layers.Layer(source, kind) is { } png
            ? Image(context, png, "image/png", model, $"{taskId}/{view}/{kind}")
            : Results.NotFound();

    private static HeatmapSource? SourceOf(ReportModel model, string taskId, int view) =>
        model.Tasks.FirstOrDefault(t => t.Id == taskId)?.Views.ElementAtOrDefault(view)?.Source;

    /// <summary>
    /// An image drawn from a run's model, with an entity tag of that model (a run that changes gets a new model, so a
    /// new tag): a browser revalidates (no-cache) and gets 304 instead of megabytes of layer again.
    /// </summary>
    private static IResult Image(HttpContext context, byte[] bytes, string contentType, ReportModel model, string what)
    {
        context.Response.Headers.CacheControl = "private, no-cache";
        var tag = new EntityTagHeaderValue($"\"{model.Run.RunId}-{model.GeneratedAt.UtcTicks}-{Uri.EscapeDataString(what)}\"");
        return Results.Bytes(bytes, contentType, entityTag: tag);
    }

    private static async Task<IResult> DownloadAsync(long runId, string kind, LabStore store, CancellationToken ct)
    {
        if (!RunDownloads.Kinds.Contains(kind))
        {
            return Results.NotFound();
        }

        return await RunDownloads.MakeAsync(store, runId, kind, ct) is { } file
            ? Results.File(file.Bytes, file.ContentType, file.FileName)
            : Results.NotFound();
    }

    /// <summary>
    /// Server-sent events: the run's progress as <c>{"done":3,"planned":12,"status":"recording"}</c> every second while
    /// it changes, until the run stops recording (then one last event and the stream ends).
    /// </summary>
    private static async Task ProgressAsync(long runId, HttpContext context, DashboardQueries queries, CancellationToken ct)
    {
        if (await queries.ProgressAsync(runId, ct) is null)
        {
            context.Response.StatusCode = StatusCodes.Status404NotFound;
            return;
        }

        context.Response.ContentType = "text/event-stream";
        context.Response.Headers.CacheControl = "no-store";
        string? last = null;
        while (!ct.IsCancellationRequested && await queries.ProgressAsync(runId, ct) is { } progress)
        {
            var json = JsonSerializer.Serialize(new { done = progress.Done, planned = progress.Planned, status = progress.Status });
            if (json != last)
            {
                await context.Response.WriteAsync(string.Create(CultureInfo.InvariantCulture, $"data: {json}\n\n"), ct);
                await context.Response.Body.FlushAsync(ct);
                last = json;
            }

            if (progress.Status != RunStatusText.Of(RunStatus.Running, null))
            {
                return;
            }

            await Task.Delay(ProgressInterval, ct);
        }
    }
}
