using Microsoft.Playwright;
using UsabilityLab.Browser;
using UsabilityLab.Core.Studies;
using UsabilityLab.Core.Studies.Hooks;
using UsabilityLab.Recording.Capture;

namespace UsabilityLab.Recording.Runner.Hooks;

/// <summary>
/// A participant's participant- and task-level hooks, in their browser context; steps hooks' tabs are kept out of
/// the recording. Each method answers null when all went well, else the reason to store.
/// </summary>
internal sealed class SessionHooks(Study study, BrowserConfig config, TimeProvider time, IBrowserContext context, SessionRecorder recorder)
{
    private readonly HookRunner _runner = new(study, config, time);
    private readonly HookBrowser _browser = new(() => Task.FromResult(context), recorder.Ignore);

    /// <summary>Participant setup; a failure ends the session with this reason before any attempt.</summary>
    public async Task<string?> SetupAsync(CancellationToken cancellationToken) =>
        (await RunAsync(HookLevel.Participant, HookPhase.Setup, cancellationToken))?.Line;

    /// <summary>Participant teardown, also after a failed setup or Ctrl-C (bounded by the hooks' timeouts).</summary>
    public async Task<string?> TeardownAsync() =>
        (await RunAsync(HookLevel.Participant, HookPhase.Teardown, CancellationToken.None))?.Line;

    /// <summary>Task setup; a failure is the reason of the attempt it kept from running ("setup failed: …").</summary>
    public async Task<string?> SetupTaskAsync(CancellationToken cancellationToken) =>
        (await RunAsync(HookLevel.Task, HookPhase.Setup, cancellationToken))?.AttemptReason;

    /// <summary>Task teardown; a failure ends the session (what the next task would meet is unknown).</summary>
    public async Task<string?> TeardownTaskAsync() =>
        (await RunAsync(HookLevel.Task, HookPhase.Teardown, CancellationToken.None))?.Line;

    private Task<HookFailure?> RunAsync(HookLevel level, HookPhase phase, CancellationToken cancellationToken)
    {
        var hooks = (phase == HookPhase.Setup ? study.Hooks.Setup : study.Hooks.Teardown).At(level);
        return hooks.Count == 0 ? Task.FromResult<HookFailure?>(null) : _runner.RunAsync(hooks, level, phase, _browser, cancellationToken);
    }
}
