using SkiaSharp;
using UsabilityLab.Core.Events;
using UsabilityLab.Core.Heatmaps;
using UsabilityLab.Core.Sessions;
using UsabilityLab.Reporting.Heatmaps;
using UsabilityLab.Reporting.Report;

namespace UsabilityLab.Reporting.Dashboard;

/// <summary>
/// What a participant saw at a moment of their session, as well as the recording can tell: the picture of the page they
/// were on, cut to their screen at their scroll position, with their mouse path over the seconds before (fading in)
/// and their clicks drawn, the latest ringed. A page without a picture has no moment picture.
/// </summary>
public static class SessionMoment
{
    /// <summary>How far back the mouse path and clicks reach.</summary>
    public const double TrailSeconds = 8;

    private static readonly SKColor Path = new(37, 99, 235);
    private static readonly SKColor Click = new(220, 38, 38);

    /// <summary>The moment <paramref name="seconds"/> of <paramref name="participant"/>'s session as a JPEG; null when nothing was pictured then.</summary>
    public static byte[]? Render(ReportRun run, string participant, double seconds)
    {
        ArgumentNullException.ThrowIfNull(run);
        var attempts = run.Attempts.Where(a => a.Participant == participant).Select(a => a.Id).ToHashSet();
        var sessions = run.Events.Where(e => e.AttemptId is { } id && attempts.Contains(id)).Select(e => e.SessionId).ToHashSet();
        // A moment is named to a tenth of a second (t=9.4): everything within it is shown, the click at 9.43 s too.
        var until = (seconds * 1000) + 50;
        var seen = run.Events.Where(e => sessions.Contains(e.SessionId) && e.TimeMs <= until).ToArray();
        if (seen.LastOrDefault(e => e.Url is not null && e.ViewportWidth is not null) is not { } last)
        {
            return null;
        }

        var layout = PageLayout.Of(last, run.Study?.Capture.KeepQuery ?? false);
        var picture = run.Snapshots.Where(s => s.PageKey == layout.PageKey && s.ViewportWidth == layout.ViewportWidth).OrderBy(s => s.State.Length).FirstOrDefault();
        if (picture is null)
        {
            return null;
        }

        var onPage = seen.Where(e => e.SessionId == last.SessionId && e.Url is not null && PageLayout.Of(e, run.Study?.Capture.KeepQuery ?? false) == layout).ToArray();
        var scrolled = onPage.LastOrDefault(e => e.ScrollY is not null);
        var (scrollX, scrollY) = (scrolled?.ScrollX ?? 0, scrolled?.ScrollY ?? 0);
        var width = layout.ViewportWidth;
        var height = ScreenHeight.For(run.Study, width);
        var trail = onPage.Where(e => e.TimeMs >= until - (TrailSeconds * 1000) && e.X is not null && e.Y is not null).ToArray();
        return Draw(picture, (scrollX, scrollY), (width, height), trail, until);
    }

    private static byte[] Draw(PageScreenshot picture, (double X, double Y) scroll, (int Width, int Height) screen, RecordedEvent[] trail, double until)
    {
        var ratio = PageGeometry.DevicePixelRatio(picture);
        using var page = SKBitmap.Decode(picture.Image) ?? throw new InvalidOperationException($"the picture of {picture.PageKey} does not decode");
        using var surface = SKSurface.Create(new SKImageInfo(screen.Width, screen.Height, SKColorType.Rgba8888, SKAlphaType.Premul));
        var canvas = surface.Canvas;
        canvas.Clear(SKColors.White);
        var source = SKRect.Create((float)(scroll.X * ratio), (float)(scroll.Y * ratio), (float)(screen.Width * ratio), (float)(screen.Height * ratio));
        canvas.DrawBitmap(page, source, SKRect.Create(screen.Width, screen.Height));
        canvas.Translate((float)-scroll.X, (float)-scroll.Y);

        using var stroke = new SKPaint { Style = SKPaintStyle.Stroke, StrokeWidth = 3, IsAntialias = true, StrokeCap = SKStrokeCap.Round };
        var moves = trail.Where(e => e.Kind is EventKind.MouseMove || e.IsClick).ToArray();
        for (var i = 1; i < moves.Length; i++)
        {
            // Older stretches fade: the path says where the pointer went, the strongest part where it is now.
            var age = (until - moves[i].TimeMs) / (TrailSeconds * 1000);
            stroke.Color = Path.WithAlpha((byte)(60 + (180 * (1 - age))));
            canvas.DrawLine((float)moves[i - 1].X!.Value, (float)moves[i - 1].Y!.Value, (float)moves[i].X!.Value, (float)moves[i].Y!.Value, stroke);
        }

        using var dot = new SKPaint { Style = SKPaintStyle.Stroke, StrokeWidth = 3, IsAntialias = true, Color = Click };
        var clicks = trail.Where(e => e.IsClick).ToArray();
        foreach (var click in clicks)
        {
            canvas.DrawCircle((float)click.X!.Value, (float)click.Y!.Value, click == clicks[^1] ? 16 : 9, dot);
        }

        if (moves.LastOrDefault() is { } now)
        {
            using var cursor = new SKPaint { Style = SKPaintStyle.Fill, IsAntialias = true, Color = Path };
            canvas.DrawCircle((float)now.X!.Value, (float)now.Y!.Value, 6, cursor);
        }

        using var image = surface.Snapshot();
        using var pixels = image.PeekPixels();
        return ImageEncoding.Jpeg(pixels);
    }
}
