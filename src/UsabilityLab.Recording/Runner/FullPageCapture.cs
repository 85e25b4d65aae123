using System.Text.Json;
using Microsoft.Playwright;

namespace UsabilityLab.Recording.Runner;

/// <summary>
/// A full-page JPEG taken with one DevTools call (<c>Page.captureScreenshot</c> beyond the viewport, tuned for speed),
/// cut at <see cref="BackdropLimits.MaxPaintHeight"/>. Playwright's own full-page screenshot first waits for fonts and
/// two frames and, with animations disabled, injects and removes a stylesheet: on the demo shop that made each backdrop
/// 2–2.5× slower to paint. A backdrop only sits under a heatmap, so a hover transition caught half-way costs nothing
/// worth that time.
/// </summary>
internal static class FullPageCapture
{
    private const string PageFacts =
        "() => [Math.max(document.documentElement.scrollWidth, document.body ? document.body.scrollWidth : 0), " +
        "Math.max(document.documentElement.scrollHeight, document.body ? document.body.scrollHeight : 0), document.title]";

    /// <summary>
    /// The page's full-length JPEG (cut at the cap), its title, and the note of a cut (null when the page fitted);
    /// throws <see cref="TimeoutException"/> when <paramref name="deadline"/> passes first.
    /// </summary>
    public static async Task<(byte[] Jpeg, string Title, string? Note)> TakeAsync(IPage page, int quality, Deadline deadline)
    {
        var facts = await deadline.WithinAsync(page.EvaluateAsync<JsonElement>(PageFacts));
        var (width, height, title) = (facts[0].GetInt32(), facts[1].GetInt32(), facts[2].GetString() ?? "");
        var session = await deadline.WithinAsync(page.Context.NewCDPSessionAsync(page));
        try
        {
            var reply = await deadline.WithinAsync(session.SendAsync("Page.captureScreenshot", new Dictionary<string, object>
            {
                ["format"] = "jpeg",
                ["quality"] = quality,
                ["captureBeyondViewport"] = true,
                ["optimizeForSpeed"] = true,
                ["clip"] = new Dictionary<string, object>
                {
                    ["x"] = 0,
                    ["y"] = 0,
                    ["width"] = Math.Min(width, BackdropLimits.MaxPaintHeight),
                    ["height"] = Math.Min(height, BackdropLimits.MaxPaintHeight),
                    ["scale"] = 1,
                },
            }));
            var data = reply?.GetProperty("data").GetString() ?? throw new PlaywrightException("Page.captureScreenshot returned no image");
            return (Convert.FromBase64String(data), title, BackdropLimits.CutNote(width, height));
        }
        finally
        {
            // Not waited for: after a step ran out of time the page may be too busy to answer soon.
            session.DetachAsync().Forget();
        }
    }
}
