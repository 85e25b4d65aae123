using Microsoft.Playwright;
using UsabilityLab.Recording.Capture;

namespace UsabilityLab.Recording.Runner;

/// <summary>
/// Off-path exploration: the participant follows a visible link that is not on the golden path, glances at the
/// page and comes back. Links whose words overlap the task prompt (information scent) are far more likely picks,
/// which is how a misleading label attracts people in real studies.
/// </summary>
internal sealed class Detours(IPage page, PersonaBehavior behavior, ParticipantClock clock, PageEffects effects, int navigationTimeoutMs)
{
    private const string VisibleLinks = """
        (exclude) => [...document.querySelectorAll('a[href]')]
          .filter(a => a.href.startsWith(location.origin) && !a.target && a.href !== location.href && a.href !== exclude && !a.closest('[data-usabilitylab-ignore]'))
          .map(a => ({ a, r: a.getBoundingClientRect() }))
          // Only links on the screen (not in a phone menu slid off its side).
          .filter(({ r }) => r.width > 4 && r.height > 4 && r.top >= 0 && r.bottom <= innerHeight && r.left >= 0 && r.right <= innerWidth)
          .map(({ a, r }) => ({ text: (a.innerText || '').trim().slice(0, 60), x: r.left + r.width / 2, y: r.top + r.height / 2 }))
        """;

    // Playwright deserialises evaluate results through a parameterless constructor and setters.
    private sealed class LinkCandidate
    {
        public string Text { get; set; } = "";

        public double X { get; set; }

        public double Y { get; set; }
    }

    public async Task MaybeDetourAsync(string prompt, string? targetSelector)
    {
        if (!behavior.Chance(behavior.Persona.DetourProbability))
        {
            return;
        }

        // The target's own way is no detour, whatever selector names it (a link in a phone menu, a Playwright chain).
        var destination = targetSelector is null ? null : await LinkDestination.OfAsync(page.Locator(targetSelector));
        var links = await page.EvaluateAsync<LinkCandidate[]>(VisibleLinks, destination);
        if (links.Length == 0)
        {
            return;
        }

        var promptWords = Words(prompt);
        var weights = links.Select(l => 1 + (6 * Words(l.Text).Count(promptWords.Contains))).ToArray();
        var pick = links[Pick(weights)];

        clock.Advance(behavior.ThinkMs());
        var urlBefore = page.Url;
        var mark = await effects.MarkAsync();
        await Pointing.PressAsync(page, behavior.Touch, pick.X, pick.Y, glide: true);
        await effects.SettleAsync(mark, navigationTimeoutMs);
        if (page.Url == urlBefore)
        {
            return;
        }

        // Not what they were looking for: a quick scan, then back.
        clock.Advance(behavior.Between(800, 2800));
        mark = await effects.MarkAsync();
        await page.GoBackAsync(new() { Timeout = navigationTimeoutMs });
        await effects.SettleAsync(mark, navigationTimeoutMs);
        await UnfoldAsync(pick, targetSelector);
    }

    /// <summary>
    /// Some links fold a section rather than open a page (a tag heading of an API explorer, an accordion with deep
    /// links), and going back does not unfold it: the target the person saw before is gone. They click the heading
    /// again, as people do when a list folds away under their click.
    /// </summary>
    private async Task UnfoldAsync(LinkCandidate pick, string? targetSelector)
    {
        if (targetSelector is null || await OnScreen.ShowsAsync(page, targetSelector))
        {
            return;
        }

        var again = (await page.EvaluateAsync<LinkCandidate[]>(VisibleLinks, (string?)null)).FirstOrDefault(l => l.Text == pick.Text);
        if (again is null)
        {
            return;
        }

        clock.Advance(behavior.Between(600, 1800));
        var mark = await effects.MarkAsync();
        await Pointing.PressAsync(page, behavior.Touch, again.X, again.Y, glide: true);
        await effects.SettleAsync(mark, navigationTimeoutMs);
    }

    private int Pick(int[] weights)
    {
        var roll = behavior.Random.Next(weights.Sum());
        for (var i = 0; i < weights.Length; i++)
        {
            roll -= weights[i];
            if (roll < 0)
            {
                return i;
            }
        }

        return weights.Length - 1;
    }

    private static HashSet<string> Words(string text) =>
        text.ToLowerInvariant()
            .Split([' ', ',', '.', '&', '-', '/', '!', '?', ':', '\'', '"'], StringSplitOptions.RemoveEmptyEntries)
            .Where(w => w.Length > 3)
            .Select(w => w.TrimEnd('s')) // crude stemming: "returns" and "return" share scent
            .ToHashSet(StringComparer.Ordinal);
}
