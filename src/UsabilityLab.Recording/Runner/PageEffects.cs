using Microsoft.Playwright;

namespace UsabilityLab.Recording.Runner;

/// <summary>
/// Tells whether an action changed anything (a main-frame navigation or DOM mutations), and waits for a navigation
/// it started to load — also a slow one that has not committed yet, which Playwright's actions don't wait for.
/// </summary>
internal sealed class PageEffects
{
    private readonly IPage _page;
    private int _navigationRequests;
    private int _navigations;
    private TaskCompletionSource _navigated = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public PageEffects(IPage page)
    {
        _page = page;
        page.Request += (_, request) =>
        {
            if (request.IsNavigationRequest && request.Frame == page.MainFrame)
            {
                Interlocked.Increment(ref _navigationRequests);
            }
        };
        page.FrameNavigated += (_, frame) =>
        {
            if (frame == page.MainFrame)
            {
                Interlocked.Increment(ref _navigations);
                Interlocked.Exchange(ref _navigated, new(TaskCreationOptions.RunContinuationsAsynchronously)).TrySetResult();
            }
        };
    }

    public readonly record struct Mark(int NavigationRequests, int Navigations, long Mutations);

    public async Task<Mark> MarkAsync() => new(_navigationRequests, _navigations, await MutationsAsync());

    /// <summary>Waits briefly for the effect of an action; true when it navigated or mutated the DOM.</summary>
    public async Task<bool> SettleAsync(Mark before, int navigationTimeoutMs)
    {
        await Task.Delay(60);
        if (_navigationRequests != before.NavigationRequests && _navigations == before.Navigations)
        {
            // A navigation was requested but has not committed (a slow server): wait for it.
            await Task.WhenAny(_navigated.Task, Task.Delay(navigationTimeoutMs));
        }

        if (_navigations != before.Navigations)
        {
            await LoadedAsync(navigationTimeoutMs);
            return true;
        }

        return await MutationsAsync() != before.Mutations;
    }

    public async Task LoadedAsync(int timeoutMs)
    {
        try
        {
            await _page.WaitForLoadStateAsync(LoadState.Load, new() { Timeout = timeoutMs });
        }
        catch (TimeoutException)
        {
            // A page that never finishes loading is still usable for the participant; carry on.
        }
    }

    private async Task<long> MutationsAsync()
    {
        try
        {
            return await _page.EvaluateAsync<long>("() => window.__usabilityLab ? window.__usabilityLab.mutations() : 0");
        }
        catch (PlaywrightException)
        {
            return -1; // navigating: the context was destroyed, which itself is a change
        }
    }
}
