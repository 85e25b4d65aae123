using Microsoft.Playwright;
using UsabilityLab.Benchmarks.Harness;
using UsabilityLab.Core.Studies;
using UsabilityLab.Recording.Moderation;
using UsabilityLab.Server.Remote;
using UsabilityLab.Storage;
using UsabilityLab.Storage.Moderation;
using ViewportSize = UsabilityLab.Core.Studies.ViewportSize;

namespace UsabilityLab.Benchmarks.Support;

/// <summary>
/// One remote participant on the flip page (<see cref="FlipPage"/>), as issue 25 runs them: a remote moderated session
/// with its own headless lab Chromium and its own store, its participant page server, and the participant page in a
/// browser context of its own, past the consent screen and showing the stream. <see cref="PressAsync"/> presses on the
/// canvas through the page's own listeners and times each press until the canvas shows it.
/// </summary>
internal sealed class RemoteParticipantRig : IAsyncDisposable
{
    private readonly Stack<IAsyncDisposable> _owned = new();
    private ModeratedSession? _session;
    private IBrowserContext? _participantContext;
    private IPage? _participant;
    private int _arrivalsSeen;

    private RemoteParticipantRig()
    {
    }

    /// <summary>Starts the session and opens its participant page; <paramref name="name"/> tells the rigs of one run apart (store file, participant).</summary>
    public static async Task<RemoteParticipantRig> StartAsync(BenchContext context, Uri target, string name, CancellationToken ct)
    {
        var rig = new RemoteParticipantRig();
        try
        {
            await rig.OpenAsync(context, target, name, ct);
            return rig;
        }
        catch
        {
            await rig.DisposeAsync();
            throw;
        }
    }

    /// <summary>
    /// Presses <paramref name="presses"/> times, <paramref name="gapMs"/> apart, on the middle of the canvas, each
    /// flipping the streamed page, and waits each time until the canvas's middle pixel changes.
    /// </summary>
    public async Task<PressRun> PressAsync(int presses, int gapMs)
    {
        var page = _participant ?? throw new InvalidOperationException("the participant page is not open");
        var samples = await page.EvaluateAsync<double[][]>(BenchPages.Read("remote-latency-probe.js"), new object[] { presses, gapMs });
        var labPage = _session?.ParticipantPage ?? throw new InvalidOperationException("the lab's browser is gone");
        var arrivals = await labPage.EvaluateAsync<double[]>("() => window.__arrivals");
        var fresh = arrivals.Skip(_arrivalsSeen).ToArray();
        _arrivalsSeen = arrivals.Length;
        return new PressRun(samples, fresh);
    }

    private async Task OpenAsync(BenchContext context, Uri target, string name, CancellationToken ct)
    {
        var database = await LabDatabase.OpenAsync(Path.Combine(context.Temp.Path, $"{name}.db"), ct);
        var study = new Study("Remote flip", target, new ViewportSize(1280, 800), new ParticipantPlan(1, 1, new Dictionary<string, int> { ["typical"] = 1 }),
            QuestionnairePlan.None, [new StudyTask("flip", "Flip", "Press anywhere.", "/", TimeSpan.FromMinutes(10), [], [], [])], [], CapturePolicy.Default);
        var (runId, _, lease) = await new ModeratedRuns(database).OpenAsync(study, "name: Remote flip", $"sha-{name}", null, null, ct);
        _owned.Push(lease);
        var journal = await RunJournal.OpenAsync(database, runId, cancellationToken: ct);
        _owned.Push(journal);
        _session = new ModeratedSession(
            new ModeratedSessionOptions { Study = study, Participant = name, Browser = context.Browser, Remote = true, Backdrops = false },
            journal,
            new ModerationJournal(database));
        _owned.Push(_session);
        var pages = await ParticipantPageServer.StartAsync(_session, cancellationToken: ct);
        _owned.Push(pages);

        var browser = await context.BrowserAsync();
        _participantContext = await browser.NewContextAsync(new ViewportSize(1280, 900));
        _participant = await _participantContext.NewPageAsync();
        await _participant.GotoAsync(pages.Url.ToString());
        await _participant.GetByRole(AriaRole.Button, new() { Name = "I agree — start" }).ClickAsync();
        await _participant.Locator("#stage-status:empty").WaitForAsync(new() { State = WaitForSelectorState.Attached, Timeout = 60_000 });
    }

    /// <summary>Closes the participant page, then the page server, the session and the store, in that order.</summary>
    public async ValueTask DisposeAsync()
    {
        if (_participantContext is { } participantContext)
        {
            await participantContext.CloseAsync();
        }

        while (_owned.TryPop(out var owned))
        {
            await owned.DisposeAsync();
        }
    }
}
