using Microsoft.Playwright;
using UsabilityLab.Recording.Capture;

namespace UsabilityLab.Recording.Runner;

/// <summary>
/// How a simulated person clicks: scrolls the target into view with the wheel, aims with persona-dependent noise
/// (so tiny targets get missed), sometimes misclicks first, and bursts into rage clicks when nothing happens. On a touch
/// device every click is a tap of a finger: no pointer glides to the target first, so no hover and no moves are recorded.
/// </summary>
internal sealed class ClickSimulator(IPage page, PersonaBehavior behavior, ParticipantClock clock, PageEffects effects, int navigationTimeoutMs, int actionTimeoutMs)
{
    /// <summary>
    /// Clicks <paramref name="target"/> as the persona would. <paramref name="lookingFor"/> is what the person expects the
    /// click to bring up (the next step's target): a click beside the target that brings it up all the same is done.
    /// </summary>
    public async Task<StepResult> ClickAsync(ILocator target, string selector, string? lookingFor)
    {
        var sigma = behavior.Persona.PointingSigmaPx;
        var failures = 0;
        if (behavior.Chance(behavior.Persona.MisclickProbability))
        {
            await MisclickAsync(target);
            await Animations.SettledAsync(page);
            if (!await target.IsVisibleAsync())
            {
                // The stray click closed what held the target (a click on a dialog's backdrop): the runner retraces.
                return new StepResult(StepStatus.SelectorMissing, $"{selector}: gone after the participant's own stray click");
            }
        }

        while (true)
        {
            await Animations.SettledAsync(page); // aim where the target comes to rest
            var box = await ScrollIntoViewAsync(target);
            clock.Advance(behavior.ThinkMs());
            var (x, y) = Aim(box, sigma);
            var hits = await HitTest.LandsOnAsync(target, x, y);
            var awaited = hits || lookingFor is null || await OnScreen.ShowsAsync(page, lookingFor) ? null : lookingFor;
            var destination = hits ? null : await LinkDestination.OfAsync(target);
            var urlBefore = page.Url;
            var mark = await effects.MarkAsync();
            await PointAsync(x, y, glide: true);
            var changed = await effects.SettleAsync(mark, navigationTimeoutMs);
            // The page can move a pixel or two between the aim and the press (a late layout pass): a press at the target's
            // edge that changed nothing, or a press on a link that went nowhere, is looked at again where it landed, and
            // a miss there is a miss, as it was for the person; a target that shows no reaction where it was hit stays a
            // dead click.
            hits = hits && (page.Url != urlBefore || (changed && !await LeadsElsewhereAsync(target)) || await StillOnTargetAsync(target, x, y));
            if (hits || (destination is not null && page.Url == destination) || (changed && awaited is not null && await OnScreen.ShowsAsync(page, awaited)))
            {
                // A click beside the target that brought up what the person was after is done, as they see it (the frame
                // around a web component's field opens its list as the field does): clicking again would close it. So is
                // a tap the browser gave the link although the hit test put it a pixel outside: going back would undo it.
                return StepResult.Done;
            }

            failures++;
            if (page.Url != urlBefore)
            {
                await GoBackAsync();
            }
            else if (!changed && behavior.Chance(behavior.Persona.RageProbability))
            {
                // Only a click that got no reaction at all (no change, no focus, no request, no navigation) frustrates.
                await RageBurstAsync(target, x, y);
                if (!await target.IsVisibleAsync())
                {
                    return StepResult.Done; // one of the angry clicks hit it
                }
            }

            if (failures >= behavior.Persona.GiveUpAfterFailures)
            {
                return new StepResult(StepStatus.GaveUp, $"gave up after {failures} tries to click {selector}");
            }

            // People aim more carefully after a miss.
            sigma /= 2;
        }
    }

    /// <summary>Whether the target is a link to another address: a press that reached it would have left this one.</summary>
    private async Task<bool> LeadsElsewhereAsync(ILocator target) =>
        await LinkDestination.OfAsync(target) is { } destination
        && destination != page.Url
        && !destination.StartsWith("javascript:", StringComparison.OrdinalIgnoreCase);

    private static async Task<bool> StillOnTargetAsync(ILocator target, double x, double y)
    {
        try
        {
            return await HitTest.LandsOnAsync(target, x, y);
        }
        catch (PlaywrightException)
        {
            return true; // nothing to look at again: as aimed
        }
    }

    private async Task<LocatorBoundingBoxResult> ScrollIntoViewAsync(ILocator target)
    {
        var viewport = page.ViewportSize!;
        for (var turns = 0; turns < 30; turns++)
        {
            var box = await BoxAsync(target);
            var below = box.Y + box.Height - viewport.Height;
            var above = -box.Y;
            if (below <= 0 && above <= 0)
            {
                return box;
            }

            // Scroll the way people do, a wheel flick at a time, looking at the page between flicks.
            var delta = below > 0
                ? Math.Min(below + behavior.Between(40, 160), behavior.Between(300, 600))
                : -Math.Min(above + behavior.Between(40, 160), behavior.Between(300, 600));
            var scrolledBefore = await page.EvaluateAsync<double>("() => scrollY");
            if (!behavior.Touch)
            {
                await page.Mouse.MoveAsync(viewport.Width / 2f, viewport.Height / 2f);
            }

            await page.Mouse.WheelAsync(0, (float)delta);
            await Task.Delay(30);
            clock.Advance(behavior.GlanceMs());
            if (await page.EvaluateAsync<double>("() => scrollY") == scrolledBefore)
            {
                break; // the page itself does not scroll (the target sits in a scrolling panel or a frame): see below
            }
        }

        var last = await BoxAsync(target);
        if (last.Y >= 0 && last.Y + last.Height <= viewport.Height)
        {
            return last;
        }

        // A person finds a way to the target (that panel's own scrollbar); the wheel over the page's middle did not.
        clock.Advance(behavior.GlanceMs());
        await target.ScrollIntoViewIfNeededAsync(new() { Timeout = actionTimeoutMs });
        return await BoxAsync(target);
    }

    /// <summary>
    /// The target's box. An app that re-renders replaces the element between looks (the box is gone for a moment): the
    /// participant looks again until it shows, as long as a step may wait; a target that never shows again times out.
    /// </summary>
    private async Task<LocatorBoundingBoxResult> BoxAsync(ILocator target)
    {
        if (await target.BoundingBoxAsync() is { } box)
        {
            return box;
        }

        await target.WaitForAsync(new() { State = WaitForSelectorState.Visible, Timeout = actionTimeoutMs });
        return await target.BoundingBoxAsync() ?? throw new TimeoutException($"the target showed no box within {actionTimeoutMs / 1000} s");
    }

    private (double X, double Y) Aim(LocatorBoundingBoxResult box, double sigma)
    {
        var cx = box.X + (box.Width / 2);
        var cy = box.Y + (box.Height / 2);
        if (sigma <= 0)
        {
            return (cx, cy);
        }

        // Noise is at least the persona's sigma but scales up on big targets, where people aim less precisely. A miss
        // lands on the screen: nobody points beside it.
        var sx = Math.Max(sigma, box.Width / 8);
        var sy = Math.Max(sigma, box.Height / 8);
        var viewport = page.ViewportSize!;
        return (Math.Clamp(cx + (behavior.Gaussian() * sx), 1, viewport.Width - 1), Math.Clamp(cy + (behavior.Gaussian() * sy), 1, viewport.Height - 1));
    }

    private async Task MisclickAsync(ILocator target)
    {
        var box = await ScrollIntoViewAsync(target);
        var viewport = page.ViewportSize!;
        var angle = behavior.Between(0, 2 * Math.PI);
        var distance = behavior.Between(30, 120);
        var x = Math.Clamp(box.X + (box.Width / 2) + (Math.Cos(angle) * (distance + (box.Width / 2))), 2, viewport.Width - 2);
        var y = Math.Clamp(box.Y + (box.Height / 2) + (Math.Sin(angle) * (distance + (box.Height / 2))), 2, viewport.Height - 2);
        clock.Advance(behavior.GlanceMs());
        var urlBefore = page.Url;
        var mark = await effects.MarkAsync();
        await PointAsync(x, y, glide: false);
        await effects.SettleAsync(mark, navigationTimeoutMs);
        if (page.Url != urlBefore)
        {
            await GoBackAsync();
        }
    }

    private async Task RageBurstAsync(ILocator target, double x, double y)
    {
        var clicks = behavior.Random.Next(3, 7);
        for (var i = 0; i < clicks; i++)
        {
            clock.Advance(behavior.Between(120, 350));
            x += behavior.Between(-6, 6);
            y += behavior.Between(-6, 6);
            await PointAsync(x, y, glide: false);
            if (!await target.IsVisibleAsync())
            {
                break; // that one hit: the banner is gone
            }
        }

        await Task.Delay(60);
    }

    private Task PointAsync(double x, double y, bool glide) => Pointing.PressAsync(page, behavior.Touch, x, y, glide);

    /// <summary>After a stray click navigated away, the participant goes back.</summary>
    private async Task GoBackAsync()
    {
        clock.Advance(behavior.GlanceMs());
        var mark = await effects.MarkAsync();
        await page.GoBackAsync(new() { Timeout = navigationTimeoutMs });
        await effects.SettleAsync(mark, navigationTimeoutMs);
    }
}
