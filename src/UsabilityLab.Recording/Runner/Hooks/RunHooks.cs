using Microsoft.Playwright;
using UsabilityLab.Browser;
using UsabilityLab.Core.Studies;
using UsabilityLab.Core.Studies.Hooks;

namespace UsabilityLab.Recording.Runner.Hooks;

/// <summary>
/// The run-level hooks around a run's participants. Their steps (rare: most run hooks are requests or commands) run
/// in a browser of their own, started only for them (on the first browser server that answers, when the run uses
/// browser servers), in a context no participant shares.
/// </summary>
internal sealed class RunHooks(Study study, BrowserConfig config, TimeProvider time, string run, bool headed) : IAsyncDisposable
{
    private readonly HookRunner _runner = new(study, config, time);
    private LabBrowser? _browser;
    private IBrowserContext? _context;

    /// <summary>
    /// Runs <paramref name="participants"/> between the run's setup and teardown. A failed setup throws
    /// <see cref="HookFailedException"/> before any participant; the teardown runs however the participants ended, and
    /// a failed one throws after their results were stored (a failure of the participants is the one reported).
    /// </summary>
    public async Task<T> AroundAsync<T>(Func<Task<T>> participants, CancellationToken cancellationToken)
    {
        T result;
        try
        {
            if (await RunAsync(HookPhase.Setup, cancellationToken) is { } setupFailed)
            {
                throw new HookFailedException(setupFailed.Line, afterRun: false);
            }

            result = await participants();
        }
        catch
        {
            await RunAsync(HookPhase.Teardown, CancellationToken.None);
            throw;
        }

        return await RunAsync(HookPhase.Teardown, CancellationToken.None) is { } teardownFailed
            ? throw new HookFailedException(teardownFailed.Line, afterRun: true)
            : result;
    }

    public async ValueTask DisposeAsync()
    {
        if (_browser is not null)
        {
            await _browser.DisposeAsync();
        }
    }

    private Task<HookFailure?> RunAsync(HookPhase phase, CancellationToken cancellationToken)
    {
        var hooks = RunVariables.ForRun((phase == HookPhase.Setup ? study.Hooks.Setup : study.Hooks.Teardown).Run, run);
        return hooks.Count == 0
            ? Task.FromResult<HookFailure?>(null)
            : _runner.RunAsync(hooks, HookLevel.Run, phase, new HookBrowser(ContextAsync, _ => { }), cancellationToken);
    }

    private async Task<IBrowserContext> ContextAsync()
    {
        _browser ??= await LabBrowser.OpenAsync(config, headless: headed ? false : null);
        return _context ??= await _browser.NewContextAsync(study.Viewport ?? config.Viewport);
    }
}
