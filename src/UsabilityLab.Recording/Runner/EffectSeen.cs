using System.Text.Json;
using Microsoft.Playwright;

namespace UsabilityLab.Recording.Runner;

/// <summary>
/// Waits in the page for an action's effect, so the runner carries on as soon as there is one instead of sleeping a
/// fixed time after every action. DOM changes are counted by the recorder (<c>__usabilityLab.reactions()</c>: DOM mutations and focus moves).
/// </summary>
internal static class EffectSeen
{
    // The recorder's MutationObserver was created first, so by the time ours is called its count is up to date.
    // After the first change the page gets one frame and one task more, and a navigation started meanwhile (a form
    // submitted by the same handler) ends the wait too: the runner then waits for it instead of moving on.
    // Without a count from the runner, the baseline is the one the recorder noted when the action's input arrived;
    // when there is none (the input went to a frame of its own), only changes from now on count.
    private const string Script = """
        ([given, windowMs]) => new Promise(resolve => {
          const lab = window.__usabilityLab;
          const noted = given === null && lab && lab.takeActionMark ? lab.takeActionMark() : null;
          const before = given !== null ? given : noted !== null ? noted : lab ? lab.reactions() : 0;
          const changed = () => !!lab && lab.reactions() !== before;
          let observer = null, limit = 0, navigating = false;
          const onNavigate = (e) => { if (!e.destination.sameDocument) { navigating = true; finish(); } };
          const finish = () => {
            if (observer) observer.disconnect();
            clearTimeout(limit);
            if (window.navigation) navigation.removeEventListener('navigate', onNavigate);
            resolve([navigating ? 'navigating' : changed() ? 'changed' : 'quiet', before]);
          };
          const afterFrameAndTask = () => requestAnimationFrame(() => setTimeout(finish, 0));
          limit = setTimeout(finish, windowMs);
          if (window.navigation) navigation.addEventListener('navigate', onNavigate);
          if (changed()) { afterFrameAndTask(); return; }
          observer = new MutationObserver(() => { if (changed()) { observer.disconnect(); afterFrameAndTask(); } });
          observer.observe(document, { subtree: true, childList: true, attributes: true, characterData: true });
        })
        """;

    /// <summary>
    /// Resolves soon after the mutation count moves past <paramref name="before"/> (null: the count the recorder noted
    /// at the action's pointerdown or keydown) or a navigation starts; after <paramref name="windowMs"/> without
    /// either, <see cref="PageEffect.Quiet"/>. Also returns the baseline it compared with (null when the page was gone).
    /// </summary>
    public static async Task<(PageEffect Effect, long? Before)> InPageAsync(IPage page, long? before, int windowMs)
    {
        try
        {
            var answer = await page.EvaluateAsync<JsonElement>(Script, new object?[] { before, windowMs });
            var effect = answer[0].GetString() switch
            {
                "navigating" => PageEffect.Navigating,
                "changed" => PageEffect.Changed,
                _ => PageEffect.Quiet,
            };
            return (effect, answer[1].GetInt64());
        }
        catch (PlaywrightException)
        {
            return (PageEffect.Navigating, null); // the context was destroyed: the page navigated away meanwhile
        }
    }
}
