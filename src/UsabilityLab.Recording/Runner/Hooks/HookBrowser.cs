using Microsoft.Playwright;

namespace UsabilityLab.Recording.Runner.Hooks;

/// <summary>Where steps hooks open their tab (the participant's context: their cookies and storage), and how that
/// tab is kept out of the recording.</summary>
/// <param name="Context">The browser context, created when first asked for.</param>
/// <param name="Unrecorded">Tells the recorder to record nothing of a page.</param>
internal sealed record HookBrowser(Func<Task<IBrowserContext>> Context, Action<IPage> Unrecorded);
