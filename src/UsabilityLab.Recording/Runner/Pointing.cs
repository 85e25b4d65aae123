using Microsoft.Playwright;

namespace UsabilityLab.Recording.Runner;

/// <summary>How a simulated participant presses a point of the page: a mouse click, or a finger's tap on a touch device.</summary>
internal static class Pointing
{
    /// <summary>
    /// Presses (<paramref name="x"/>, <paramref name="y"/>). A mouse may <paramref name="glide"/> there first (hover and
    /// moves are recorded); a finger does not, so a touch participant leaves no moves a person could not have made.
    /// </summary>
    public static async Task PressAsync(IPage page, bool touch, double x, double y, bool glide)
    {
        if (touch)
        {
            await page.Touchscreen.TapAsync((float)x, (float)y);
            return;
        }

        if (glide)
        {
            await page.Mouse.MoveAsync((float)x, (float)y, new() { Steps = 4 });
        }

        await page.Mouse.ClickAsync((float)x, (float)y);
    }
}
