using Microsoft.Playwright;
using UsabilityLab.Browser;
using UsabilityLab.Core.Pages;
using UsabilityLab.Core.Studies;

namespace UsabilityLab.Benchmarks.Support;

/// <summary>
/// The baseline a QA engineer would write instead of using the lab: plain Playwright following a study's golden path
/// (same browser, flags and viewport), with the success criteria checked at the end of each task by web-first waits (as long as the lab lets a page settle). No recorder, no
/// database, no screenshots. An optional hook attaches something to each participant's context (the recorder alone).
/// </summary>
internal sealed class PlainStudyRunner(Study study, BrowserConfig config)
{
    private const int ExpectTimeoutMs = 3_000; // the lab runner's limit for expect steps

    /// <summary>Per participant: called on the fresh context before the first page; the returned callback runs after each task.</summary>
    public Func<IBrowserContext, int, Task<Func<IPage, Task>>>? Attach { get; init; }

    /// <summary>Runs <paramref name="participants"/> participants one after another in one browser; returns tasks that succeeded.</summary>
    public async Task<int> RunAsync(int participants)
    {
        await using var browser = await LabBrowser.LaunchAsync(config);
        var successes = 0;
        for (var p = 0; p < participants; p++)
        {
            await using var context = await browser.NewContextAsync(study.Viewport);
            var afterTask = Attach is null ? null : await Attach(context, p);
            var page = await context.NewPageAsync();
            foreach (var task in study.Tasks)
            {
                successes += await RunTaskAsync(page, task) ? 1 : 0;
                if (afterTask is not null)
                {
                    await afterTask(page);
                }
            }
        }

        return successes;
    }

    private async Task<bool> RunTaskAsync(IPage page, StudyTask task)
    {
        await page.GotoAsync(study.Resolve(task.Start).ToString());
        foreach (var step in task.Steps)
        {
            try
            {
                await StepAsync(page, step);
            }
            catch (TimeoutException)
            {
                return false; // the same outcome the lab records as an error or a failed expectation
            }
        }

        foreach (var criterion in task.Success)
        {
            try
            {
                // A web-first assertion, as a Playwright test writes its final check: it looks again until the
                // criterion holds, for as long as the lab gives a page to settle before its verdict (docs/study-format.md).
                await (criterion switch
                {
                    UrlCriterion u => page.WaitForURLAsync(url => UrlPattern.IsMatch(u.Pattern, url), new() { Timeout = VerdictWaitMs, WaitUntil = WaitUntilState.Commit }),
                    TextCriterion t => page.GetByText(t.Text).First.WaitForAsync(new() { State = WaitForSelectorState.Visible, Timeout = VerdictWaitMs }),
                    SelectorCriterion s => page.Locator(s.Selector).First.WaitForAsync(new() { State = WaitForSelectorState.Visible, Timeout = VerdictWaitMs }),
                    _ => Task.FromException(new TimeoutException()),
                });
            }
            catch (TimeoutException)
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>The lab's quiet window (Runner/PageQuiet.cs): how long it lets a page settle before a failed first look stands.</summary>
    private const int VerdictWaitMs = 500;

    private async Task StepAsync(IPage page, TaskStep step)
    {
        switch (step)
        {
            case ClickStep click:
                await page.Locator(click.Selector).First.ClickAsync();
                break;
            case FillStep fill:
                await page.Locator(fill.Selector).First.FillAsync(fill.Value);
                break;
            case PressStep press:
                await page.Locator(press.Selector).First.PressAsync(press.Key);
                break;
            case SelectStep select:
                await page.Locator(select.Selector).First.SelectOptionAsync(select.Value);
                break;
            case GotoStep go:
                await page.GotoAsync(study.Resolve(go.Url).ToString());
                break;
            case WaitStep:
                break; // participant time: the lab does not wait in real time either
            case ExpectStep expect:
                var visible = new LocatorWaitForOptions { State = WaitForSelectorState.Visible, Timeout = ExpectTimeoutMs };
                if (expect.Text is not null)
                {
                    await page.GetByText(expect.Text).First.WaitForAsync(visible);
                }

                if (expect.Selector is not null)
                {
                    await page.Locator(expect.Selector).First.WaitForAsync(visible);
                }

                if (expect.Url is not null)
                {
                    await page.WaitForURLAsync(url => UrlPattern.IsMatch(expect.Url, url), new() { Timeout = ExpectTimeoutMs });
                }

                break;
        }
    }
}
