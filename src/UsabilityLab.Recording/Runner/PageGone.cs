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

    /// <summary><paramref name="call"/>'s result; throws when the page goes first or after <paramref name="timeoutMs"/>.</summary>
    public async Task<T> WhileThereAsync<T>(Task<T> call, int timeoutMs)
    {
        var first = await Task.WhenAny(call, _gone.Task, Task.Delay(timeoutMs));
        if (first == call)
        {
            return await call;
        }

        call.Forget(); // it may still fail later, with nobody waiting for it
        throw first == _gone.Task ? new PlaywrightException("the page closed or crashed") : new TimeoutException($"no answer from the page within {timeoutMs} ms");
    }

    public void Dispose()
    {
        _page.Crash -= OnGone;
        _page.Close -= OnGone;
    }

    private void OnGone(object? sender, IPage page) => _gone.TrySetResult();
}
