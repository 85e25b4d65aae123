using Microsoft.Playwright;

namespace UsabilityLab.Recording.Runner;

/// <summary>
/// Completes when a page closes or crashes, while it is watched: a call pending on such a page may never be answered,
/// and a wait for one of its events would otherwise run to its timeout.
/// </summary>
internal sealed class PageGone : IDisposable
{
    private readonly IPage _page;
    private readonly TaskCompletionSource _gone = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public PageGone(IPage page)
    {
        _page = page;
        page.Crash += OnGone;
        page.Close += OnGone;
    }

    /// <summary>Completes when the page closed or crashed.</summary>
    public Task Task => _gone.Task;

    public void Dispose()
    {
        _page.Crash -= OnGone;
        _page.Close -= OnGone;
    }

    private void OnGone(object? sender, IPage page) => _gone.TrySetResult();
}
