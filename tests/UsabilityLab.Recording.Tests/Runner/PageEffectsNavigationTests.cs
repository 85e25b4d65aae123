using Microsoft.Playwright;
using UsabilityLab.Recording.Runner;
using UsabilityLab.Recording.Tests.Support;

namespace UsabilityLab.Recording.Tests.Runner;

/// <summary>
/// <see cref="PageEffects.NavigationCommittedAsync"/>, the exact persona's wait after an action: only for a navigation
/// the action started, to commit — and not for one that ends without a document.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class PageEffectsNavigationTests(BrowserFixture fixture)
{
    [Fact]
    public async Task NavigationCommitted_ScriptNavigationToASlowPage_WaitsUntilThePageIsTheNewOne()
    {
        var (context, page, effects) = await EffectsPages.OpenAsync(fixture, "");
        await using var _ = context;
        var answer = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        await page.RouteAsync("**/help", async route =>
        {
            await answer.Task; // the server answers late: once the test lets it
            await route.ContinueAsync();
        });

        var mark = effects.MarkAtInput();
        // A script's navigation (Playwright's own click waits for the commit of one it started): requested, not committed.
        var requested = page.WaitForRequestAsync("**/help");
        await page.EvaluateAsync("() => { location.href = '/help'; }");
        await requested;
        var committed = effects.NavigationCommittedAsync(mark, navigationTimeoutMs: 10_000);
        Assert.False(committed.IsCompleted); // the server has not answered: nothing has committed yet
        answer.SetResult();
        await committed;

        Assert.EndsWith("/help", page.Url, StringComparison.Ordinal);
    }

    [Fact]
    public async Task NavigationCommitted_NavigationAnsweredWithNoContent_DoesNotWaitForACommitThatNeverComes()
    {
        var (context, page, effects) = await EffectsPages.OpenAsync(fixture, "help");
        await using var _ = context;
        await page.RouteAsync("**/no-content", route => route.FulfillAsync(new() { Status = 204 }));

        var mark = effects.MarkAtInput();
        // What a script's navigation looks like (Playwright's own click would wait on it): requested, never committed.
        var requested = page.WaitForRequestAsync("**/no-content");
        await page.EvaluateAsync("() => { location.href = '/no-content'; }");
        await requested;
        // The navigation timeout is far longer than the guard: only a wait that ends on the request's end passes.
        var committed = effects.NavigationCommittedAsync(mark, navigationTimeoutMs: 600_000);

        await committed.WaitAsync(TimeSpan.FromSeconds(30));
        Assert.EndsWith("/help", page.Url, StringComparison.Ordinal);
    }

    [Fact]
    public async Task NavigationCommitted_NoContentAnswerEndedBeforeTheWaitBegan_DoesNotWaitForACommitThatNeverComes()
    {
        var (context, page, effects) = await EffectsPages.OpenAsync(fixture, "help");
        await using var _ = context;
        await page.RouteAsync("**/no-content", route => route.FulfillAsync(new() { Status = 204 }));

        var mark = effects.MarkAtInput();
        // A busy machine: the answer has come and gone before the runner gets to wait for the commit.
        var finished = page.WaitForRequestFinishedAsync(new() { Predicate = r => r.Url.EndsWith("/no-content", StringComparison.Ordinal) });
        await page.EvaluateAsync("() => { location.href = '/no-content'; }");
        await finished;
        var committed = effects.NavigationCommittedAsync(mark, navigationTimeoutMs: 600_000);

        await committed.WaitAsync(TimeSpan.FromSeconds(30));
        Assert.EndsWith("/help", page.Url, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Dispose_StopsWatchingThePage_WhichLivesOnIntoTheNextTask()
    {
        var (context, page, effects) = await EffectsPages.OpenAsync(fixture, "");
        await using var _ = context;
        using var nextTask = new PageEffects(page);

        var before = effects.MarkAtInput();
        effects.Dispose();
        await page.Locator("role=link[name='Help']").First.ClickAsync();
        await page.ArriveAtAsync("/help");

        Assert.Equal(before, effects.MarkAtInput()); // the first task's watcher heard nothing more
        Assert.Equal(1, nextTask.MarkAtInput().Navigations); // the page's current watcher did
    }
}
