using Microsoft.Playwright;

namespace UsabilityLab.Recording.Runner;

/// <summary>
/// Waits for the page's finite animations and transitions (a dialog sliding in or fading out) to end. A simulated
/// person's thinking advances the participant's clock, not the page's: without this wait they would aim at a dialog
/// still growing into place, or act on one still fading away after their own stray click closed it.
/// </summary>
internal static class Animations
{
    /// <summary>The longest a person waits for a page's motion to end before acting anyway.</summary>
    internal const int MaxWaitMs = 1_000;

    // Document.getAnimations() leaves out animations of elements in shadow trees (a web component animates its own
    // parts: Shoelace's dropdown fades out inside two shadow roots), so every open shadow root is asked as well, as
    // Playwright does when it stills a page for a screenshot. Endless animations (a spinner) are not waited for.
    private const string Script = """
        (maxMs) => new Promise(resolve => {
          if (!document.getAnimations) { resolve(true); return; }
          const roots = [document];
          for (let i = 0; i < roots.length; i++) {
            for (const el of roots[i].querySelectorAll('*')) if (el.shadowRoot) roots.push(el.shadowRoot);
          }
          const moving = roots.flatMap(r => r.getAnimations()).filter(a => a.playState === 'running'
            && a.effect && Number.isFinite(a.effect.getComputedTiming().endTime));
          if (!moving.length) { resolve(true); return; }
          const limit = setTimeout(() => resolve(false), maxMs);
          Promise.all(moving.map(a => a.finished.catch(() => null))).then(() => { clearTimeout(limit); resolve(true); });
        })
        """;

    /// <summary>True once nothing finite moves on the page; false after <see cref="MaxWaitMs"/>, or when the page is gone.</summary>
    public static async Task<bool> SettledAsync(IPage page)
    {
        try
        {
            return await page.EvaluateAsync<bool>(Script, MaxWaitMs);
        }
        catch (PlaywrightException)
        {
            return false; // navigating: the next look waits for the new page
        }
    }
}
