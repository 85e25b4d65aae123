using System.Globalization;
using UsabilityLab.Browser;
using UsabilityLab.Core.Studies;
using UsabilityLab.Core.Studies.Hooks;

namespace UsabilityLab.Recording.Runner.Hooks;

/// <summary>
/// Runs the hooks of one level and phase in order, each within its timeout; the first that fails stops the rest and
/// says why, in one line located in the study. Values hold no <c>${PARTICIPANT}</c> or <c>${RUN}</c> any more: the
/// study it is given was expanded for its participant (<see cref="RunVariables"/>).
/// </summary>
internal sealed class HookRunner(Study study, BrowserConfig config, TimeProvider time)
{
    public async Task<HookFailure?> RunAsync(IReadOnlyList<Hook> hooks, HookLevel level, HookPhase phase, HookBrowser browser, CancellationToken cancellationToken)
    {
        foreach (var hook in hooks)
        {
            using var timer = new CancellationTokenSource(hook.Timeout, time);
            using var either = CancellationTokenSource.CreateLinkedTokenSource(timer.Token, cancellationToken);
            string? problem;
            Task<string?>? running = null;
            try
            {
                // WaitAsync: a hook that does not stop when asked (a stuck browser call) still ends at its timeout.
                running = RunOneAsync(hook, browser, either.Token);
                problem = await running.WaitAsync(either.Token);
            }
            catch (OperationCanceledException) when (timer.IsCancellationRequested && !cancellationToken.IsCancellationRequested)
            {
                running?.Forget();
                problem = string.Create(CultureInfo.InvariantCulture, $"did not finish within its timeout of {hook.Timeout.TotalSeconds:0.###} s");
            }
            catch (OperationCanceledException)
            {
                running?.Forget(); // Ctrl-C: the run stops; the hook's own end is of no interest any more
                throw;
            }
            catch (Exception ex)
            {
                // Teardowns run in finally blocks: whatever a hook throws becomes its failure line, never a second exception.
                problem = $"failed: {ex.GetType().Name}: {AttemptFailure.FirstLine(ex.Message)}";
            }

            if (problem is not null)
            {
                return new HookFailure(hook, level, phase, study.Capture.MaskUrlsIn($"{Describe(hook)} {problem}"));
            }
        }

        return null;
    }

    private Task<string?> RunOneAsync(Hook hook, HookBrowser browser, CancellationToken cancellationToken) => hook switch
    {
        RequestHook request => RequestHookAction.RunAsync(request, study.Resolve(request.Url), cancellationToken),
        CommandHook command => CommandHookAction.RunAsync(command, cancellationToken),
        StepsHook steps => StepsHookAction.RunAsync(steps, study, browser, config, cancellationToken),
        _ => throw new NotSupportedException($"no runner for {hook.GetType().Name}"),
    };

    private string Describe(Hook hook) => hook switch
    {
        RequestHook request => $"request {request.Method} {study.Resolve(request.Url)}",
        CommandHook command => $"command {string.Join(' ', command.Command)}",
        StepsHook steps => $"steps from {study.Resolve(steps.Start)}",
        _ => hook.GetType().Name,
    };
}
