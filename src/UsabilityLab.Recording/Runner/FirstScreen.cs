using Microsoft.Playwright;

namespace UsabilityLab.Recording.Runner;

/// <summary>
/// The top screen of a page as a JPEG (<c>Page.captureScreenshot</c> within the viewport): the backdrop of a page too
/// large to archive or to paint whole. It takes what is on view already (100–370 ms on a 25 MB page, where its archive
/// took 4–8 s), so the page must be at its top: the clip is in page coordinates, and what lies outside the viewport
/// comes out blank.
/// </summary>
internal static class FirstScreen
{
    /// <summary>The first <paramref name="width"/> × <paramref name="height"/> CSS pixels of the page <paramref name="session"/> is attached to.</summary>
    public static async Task<byte[]> TakeAsync(ICDPSession session, int width, int height, int quality)
    {
        var reply = await session.SendAsync("Page.captureScreenshot", new Dictionary<string, object>
        {
            ["format"] = "jpeg",
            ["quality"] = quality,
            ["optimizeForSpeed"] = true,
            ["clip"] = new Dictionary<string, object> { ["x"] = 0, ["y"] = 0, ["width"] = width, ["height"] = height, ["scale"] = 1 },
        });
        var data = reply?.GetProperty("data").GetString() ?? throw new PlaywrightException("Page.captureScreenshot returned no image");
        return Convert.FromBase64String(data);
    }
}
