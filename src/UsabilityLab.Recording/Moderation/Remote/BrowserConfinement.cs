using Microsoft.Playwright;

namespace UsabilityLab.Recording.Moderation.Remote;

/// <summary>
/// Applies a <see cref="ConfinementPolicy"/> to the participant's browser context: every request and WebSocket is
/// routed through it (blocked ones are aborted), downloads and file choosers are refused, and a page that still ends
/// up on a URL the policy refuses (a scheme no request sees) is sent back to the study's target. Every block is
/// reported through <c>report(url, reason)</c>, which records it in the session.
/// </summary>
internal static class BrowserConfinement
{
    /// <summary>Context options for a confined context: no downloads, no service workers (their fetches bypass routing).</summary>
    public static BrowserNewContextOptions ContextOptions() => new() { AcceptDownloads = false, ServiceWorkers = ServiceWorkerPolicy.Block };

    /// <summary>Routes <paramref name="context"/>'s traffic through <paramref name="policy"/>.</summary>
    public static async Task ApplyAsync(IBrowserContext context, ConfinementPolicy policy, Uri target, Action<string, string> report)
    {
        await context.RouteAsync(_ => true, async route =>
        {
            var request = route.Request;
            var topLevel = request.IsNavigationRequest && IsMainFrame(request);
            var refusal = topLevel ? await policy.NavigationRefusalAsync(request.Url) : await policy.RequestRefusalAsync(request.Url);
            if (refusal is null)
            {
                await FallbackAsync(route);
                return;
            }

            report(request.Url, $"blocked {(topLevel ? "navigation" : request.ResourceType + " request")}: {refusal}");
            await AbortAsync(route);
        });
        await context.RouteWebSocketAsync(_ => true, socket =>
        {
            if (policy.ResolvedWebSocketRefusal(socket.Url) is { } refusal)
            {
                report(socket.Url, $"blocked WebSocket: {refusal}");
                _ = socket.CloseAsync(new() { Code = 1008, Reason = "blocked by the lab" });
                return;
            }

            socket.ConnectToServer();
        });
        context.Page += (_, page) => Watch(page, policy, target, report);
    }

    private static void Watch(IPage page, ConfinementPolicy policy, Uri target, Action<string, string> report)
    {
        page.Download += (_, download) =>
        {
            report(download.Url, "blocked download: a remote participant's browser saves no files");
            _ = download.CancelAsync();
        };
        page.FileChooser += (_, _) => report(page.Url, "blocked file chooser: a remote participant cannot pick files on the lab's machine");
        page.FrameNavigated += (_, frame) =>
        {
            if (frame.ParentFrame is null && policy.RequestRefusal(frame.Url) is { } refusal)
            {
                report(frame.Url, $"blocked page: {refusal}");
                _ = BackToTargetAsync(page, target);
            }
        };
    }

    private static bool IsMainFrame(IRequest request)
    {
        try
        {
            return request.Frame.ParentFrame is null;
        }
        catch (PlaywrightException)
        {
            return true; // a service worker's or a popup's first request: judged as a page, the stricter rule
        }
    }

    private static async Task FallbackAsync(IRoute route)
    {
        try
        {
            await route.FallbackAsync();
        }
        catch (PlaywrightException)
        {
            // The page closed while the request waited.
        }
    }

    private static async Task AbortAsync(IRoute route)
    {
        try
        {
            await route.AbortAsync("blockedbyclient");
        }
        catch (PlaywrightException)
        {
            // The page closed while the request waited.
        }
    }

    private static async Task BackToTargetAsync(IPage page, Uri target)
    {
        try
        {
            await page.GotoAsync(target.ToString());
        }
        catch (PlaywrightException)
        {
            // Closed meanwhile.
        }
    }
}
