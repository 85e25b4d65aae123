using Microsoft.Playwright;

namespace UsabilityLab.Recording.Runner;

/// <summary>
/// Where a step's target leads when it is a link: the address the page resolves its <c>href</c> to. A tap that the
/// browser hands to a link its hit test did not quite cover (a finger's touch area, a point between pixels) is told
/// from a miss by where it went, and a detour never takes the target's own way.
/// </summary>
internal static class LinkDestination
{
    /// <summary>The absolute address; null when the target is no link or not on the page now (nothing is waited for).</summary>
    public static async Task<string?> OfAsync(ILocator target)
    {
        try
        {
            return await target.CountAsync() == 0
                ? null
                : await target.First.EvaluateAsync<string?>("e => e.closest('a[href]')?.href ?? null", null, new() { Timeout = 1_000 });
        }
        catch (PlaywrightException)
        {
            return null; // a frame that went, a page navigating: nothing to compare with
        }
    }
}
