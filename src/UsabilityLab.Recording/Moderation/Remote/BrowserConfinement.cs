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
    /// <summary>
    /// Context options for a confined context: no downloads, no service workers (their fetches bypass routing); on top
    /// of <paramref name="device"/>'s when the participant has a device.
    /// </summary>
    public static BrowserNewContextOptions ContextOptions(BrowserNewContextOptions? device = null)
    {
        var options = device ?? new BrowserNewContextOptions();
        options.AcceptDownloads = false;
        options.ServiceWorkers = ServiceWorkerPolicy.Block;
        return options;
    }

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
        var pages = 0;
        context.Page += (_, page) => Watch(page, policy, target, report, popup: Interlocked.Increment(ref pages) > 1);
    }

    /// <remarks>
    /// The first page holds the study and is sent back to its target when it ends up somewhere refused. Any later page
    /// is a popup (<c>window.open</c>, <c>target=_blank</c>): its navigations are judged by the same routes, and a popup
    /// whose first page was blocked is closed, so the participant is not left in an empty tab.
    /// </remarks>
    private static void Watch(IPage page, ConfinementPolicy policy, Uri target, Action<string, string> report, bool popup)
    {
        if (popup)
        {
            // A popup's first navigation may be blocked (and shown as an error page) before Playwright hands it over.
            if (policy.RequestRefusal(page.Url) is not null)
            {
                _ = ClosePopupAsync(page);
                return;
            }

            var showedStudy = false;
            page.FrameNavigated += (_, frame) => showedStudy |= frame.ParentFrame is null && frame.Url.StartsWith("http", StringComparison.Ordinal) && policy.NavigationRefusal(frame.Url) is null;
            page.RequestFailed += (_, request) =>
            {
                // Aborted by the routes above ("blockedbyclient") before the popup ever showed a page of the study.
                var blocked = request.Failure?.Contains("BLOCKED_BY_CLIENT", StringComparison.Ordinal) == true;
                if (blocked && !showedStudy && request.IsNavigationRequest && IsMainFrame(request))
                {
                    _ = ClosePopupAsync(page);
                }
            };
        }

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
                _ = popup ? ClosePopupAsync(page) : BackToTargetAsync(page, target);
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

    private static async Task ClosePopupAsync(IPage page)
    {
        try
        {
            await page.CloseAsync(new() { RunBeforeUnload = false });
        }
        catch (PlaywrightException)
        {
            // Closed already.
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
