using System.Runtime.CompilerServices;
using Microsoft.Playwright;
using UsabilityLab.Core.Pages;
using UsabilityLab.Core.Sessions;
using UsabilityLab.Core.Studies;

namespace UsabilityLab.Recording.Runner;

/// <summary>
/// Saves a page as it stands as one MHTML archive (<c>Page.captureSnapshot</c>): its DOM with styles, images and fonts
/// inlined, scripts left out, and no typed values (form state is not part of the DOM it saves). On the demo shop one
/// costs 10–25 ms of the renderer, where a full-page screenshot of the same page costs 250–550 ms.
/// </summary>
internal static class PageArchiver
{
    private const string LocationHeader = "Snapshot-Content-Location:";

    /// <summary>
    /// One DevTools session per page, for the page's life (it survives the page's navigations and ends with it):
    /// attaching and detaching one per archive took as long as the archive itself.
    /// </summary>
    private static readonly ConditionalWeakTable<IPage, Task<ICDPSession>> Sessions = new();

    /// <summary>
    /// The archive of <paramref name="page"/> as it stands (let it load first, so that its images are in it), or null
    /// when the page had moved on to another page key by the time Chromium saved it; throws
    /// <see cref="TimeoutException"/> after <paramref name="timeoutMs"/>.
    /// </summary>
    public static async Task<PageArchive?> CaptureAsync(IPage page, string pageKey, CapturePolicy capture, int timeoutMs)
    {
        var viewport = page.ViewportSize ?? throw new PlaywrightException("the page has no fixed viewport");
        // A page that crashes or closes under a pending DevTools call never answers it: stop waiting then, not at the timeout.
        using var gone = new PageGone(page);
        var session = await gone.WhileThereAsync(SessionOf(page), timeoutMs);
        var reply = await gone.WhileThereAsync(session.SendAsync("Page.captureSnapshot", new Dictionary<string, object> { ["format"] = "mhtml" }), timeoutMs);
        var mhtml = reply?.GetProperty("data").GetString() ?? throw new PlaywrightException("Page.captureSnapshot returned no archive");
        // Taken while the participant goes on, so the page may have navigated in between: a later visit saves it.
        return SavedLocation(mhtml) is { } location && PageKey.Normalize(capture.MaskUrl(location), capture.KeepQuery) != pageKey
            ? null
            : new PageArchive(pageKey, viewport.Width, viewport.Height, ArchiveRedaction.Redact(mhtml, capture));
    }

    /// <summary>The page's DevTools session, attached on first use and kept for the page's life.</summary>
    internal static Task<ICDPSession> SessionOf(IPage page)
    {
        if (Sessions.TryGetValue(page, out var earlier) && (earlier.IsFaulted || earlier.IsCanceled))
        {
            // A failed attach is not kept: this archive attaches again.
            Sessions.Remove(page);
        }

        return Sessions.GetValue(page, p => p.Context.NewCDPSessionAsync(p));
    }

    /// <summary>
    /// The URL the archive's header says it saved, or null without one. The header block ends at the first blank
    /// line; a long value may continue on lines that start with white space (RFC 5322 folding).
    /// </summary>
    internal static string? SavedLocation(string mhtml)
    {
        using var reader = new StringReader(mhtml);
        string? location = null;
        for (var line = reader.ReadLine(); !string.IsNullOrEmpty(line); line = reader.ReadLine())
        {
            if (location is not null && char.IsWhiteSpace(line[0]))
            {
                location += line.Trim();
            }
            else if (location is not null)
            {
                break;
            }
            else if (line.StartsWith(LocationHeader, StringComparison.OrdinalIgnoreCase))
            {
                location = line[LocationHeader.Length..].Trim();
            }
        }

        return location;
    }
}
