using Microsoft.Playwright;
using UsabilityLab.Browser;
using UsabilityLab.Core.Events;
using UsabilityLab.Recording.Capture;
using UsabilityLab.Recording.Moderation.Frames;
using UsabilityLab.Recording.Moderation.Remote;

namespace UsabilityLab.Recording.Moderation;

/// <summary>
/// One stretch of a moderated session in one browser: the browser, the participant's context with the recorder and
/// the task panel, the screencast, and one session row with its own timeline. A crash or a closed window ends the
/// leg (<see cref="Lost"/>); the moderator resumes with a new leg, i.e. a new browser and a new session row.
/// A remote participant's leg (<see cref="ModeratedSessionOptions.Remote"/>) has no panel in the page (the participant
/// page shows it), is confined (<see cref="BrowserConfinement"/>) and takes the participant's input (<see cref="Input"/>).
/// </summary>
internal sealed class ParticipantLeg : IAsyncDisposable
{
    private readonly TabSet _tabs = new();
    private int _lost;
    private volatile bool _closing;
    private readonly Core.Studies.CapturePolicy _policy;
    private readonly bool _remote;

    /// <summary>A leg over an opened browser and context (<see cref="LegLaunch"/> opens them).</summary>
    public ParticipantLeg(LabBrowser browser, IBrowserContext context, long sessionId, ParticipantClock clock, SessionRecorder recorder, ScreencastCapture screencast, Core.Studies.CapturePolicy policy, bool remote, Core.Studies.ViewportSize viewport)
    {
        Viewport = viewport;
        _policy = policy;
        _remote = remote;
        Input = new InputDispatcher(() => ActivePage);
        Browser = browser;
        Context = context;
        SessionId = sessionId;
        Clock = clock;
        Recorder = recorder;
        Screencast = screencast;
    }

    public LabBrowser Browser { get; }

    /// <summary>The place on a browser server this leg's context is in (the browser is shared); null: a browser of its own.</summary>
    public BrowserLease? Lease { get; init; }

    /// <summary>The browser's connection ended (it quit, crashed, or its server went away).</summary>
    public void OnDisconnected(object? sender, IBrowser browser) => Lose("the browser quit or crashed");

    public IBrowserContext Context { get; }

    public long SessionId { get; }

    public ParticipantClock Clock { get; }

    public SessionRecorder Recorder { get; }

    public ScreencastCapture Screencast { get; }

    /// <summary>The page's size in CSS pixels: the device's when the participant has one, else the study's viewport.</summary>
    public Core.Studies.ViewportSize Viewport { get; }

    /// <summary>Where a remote participant's checked input goes.</summary>
    public InputDispatcher Input { get; }

    /// <summary>Raised once, off Playwright's thread, when the participant's browser or last tab is gone.</summary>
    public event Action<ParticipantLeg, string>? Lost;

    public bool IsLost => Volatile.Read(ref _lost) == 1;

    /// <summary>The page the participant looks at: a new popup as it opens, the tab a remote participant switched to, else the most recent one open.</summary>
    public IPage? ActivePage => _tabs.Active;

    public IReadOnlyList<IPage> Pages => _tabs.Pages;

    /// <summary>The open tabs, for a remote participant's tab strip.</summary>
    public IReadOnlyList<BrowserTab> Tabs => _tabs.Describe();

    /// <summary>Shows tab <paramref name="id"/>: the screencast and the participant's input follow it; false when there is no such tab.</summary>
    public async Task<bool> ShowTabAsync(int id)
    {
        if (_tabs.Show(id) is not { } page)
        {
            return false;
        }

        try
        {
            await page.BringToFrontAsync(); // focused and painting, as a tab a person clicks on
        }
        catch (PlaywrightException)
        {
            return false; // closed meanwhile: its close handling picks the next tab
        }

        await Screencast.FollowAsync(page);
        return true;
    }

    /// <summary>Closes tab <paramref name="id"/> (never the first, which holds the study); false when it cannot.</summary>
    public async Task<bool> CloseTabAsync(int id)
    {
        if (TabSet.IsFirst(id) || _tabs.Find(id) is not { } page)
        {
            return false;
        }

        try
        {
            await page.CloseAsync(new() { RunBeforeUnload = false });
        }
        catch (PlaywrightException)
        {
            // Closed already.
        }

        return true;
    }

    /// <summary>Opens <paramref name="url"/> in the participant's current page; null when it loaded, else why not.</summary>
    public async Task<string?> NavigateAsync(Uri url)
    {
        var page = ActivePage;
        if (page is null)
        {
            return "no open page";
        }

        try
        {
            await page.GotoAsync(url.ToString());
            return null;
        }
        catch (PlaywrightException ex)
        {
            return ex.Message.Split('\n', 2)[0];
        }
    }

    /// <summary>Pulls what the pages still buffer, so an attempt's last events are counted (a dead page is skipped).</summary>
    public async Task DrainAsync()
    {
        if (IsLost)
        {
            return;
        }

        try
        {
            await Recorder.DrainAllAsync(Context);
        }
        catch (PlaywrightException)
        {
            // The context went away while draining; what it held is gone with it.
        }
    }

    /// <summary>Takes <paramref name="page"/> in as a tab: followed by the screencast, watched for closing and crashing.</summary>
    public void Track(IPage page)
    {
        if (!_tabs.Add(page))
        {
            return;
        }

        page.Close += (_, _) =>
        {
            if (_tabs.Remove(page) is { } next)
            {
                _ = Screencast.FollowAsync(next);
            }
            else
            {
                // A quitting browser closes its pages first: give its disconnect a moment to name the real cause.
                _ = Task.Run(async () =>
                {
                    await Task.Delay(500);
                    Lose(Browser.Browser.IsConnected ? "the participant closed the browser window" : "the browser quit or crashed");
                });
            }
        };
        page.Crash += (_, _) => Lose("the participant's tab crashed");
        page.DOMContentLoaded += (_, _) =>
        {
            _ = EnsureScriptsAsync(page);
            _ = NoteTitleAsync(page);
        };
        page.Load += (_, _) => _ = NoteTitleAsync(page); // a title set by the page's own scripts
        _ = Screencast.FollowAsync(page);
        _ = EnsureScriptsAsync(page);
    }

    private async Task NoteTitleAsync(IPage page)
    {
        try
        {
            _tabs.SetTitle(page, await page.TitleAsync());
        }
        catch (PlaywrightException)
        {
            // Navigated or closed meanwhile: its next load notes the title.
        }
    }

    /// <summary>
    /// A popup opened with window.open (opener kept) shows its first page in the window of its initial about:blank
    /// document, and Chromium runs no init scripts for that page: neither the recorder nor the panel would be there.
    /// Checked at every DOMContentLoaded (after init scripts would have run) and injected when missing; both scripts
    /// guard against running twice.
    /// </summary>
    private async Task EnsureScriptsAsync(IPage page)
    {
        try
        {
            var present = await page.EvaluateAsync<bool[]>("() => /^https?:$/.test(location.protocol) ? [!!window.__usabilityLab, !!window.__usabilityLabPanelLoaded] : [true, true]");
            if (!present[0])
            {
                await page.EvaluateAsync(RecorderScript.InitScript(_policy));
            }

            if (!present[1] && !_remote)
            {
                await page.EvaluateAsync(PanelChannel.Code);
            }
        }
        catch (PlaywrightException)
        {
            // The page navigated or closed meanwhile; its next page load checks again.
        }
    }

    /// <summary>Ends the leg as lost for <paramref name="reason"/> (once; not while it is being closed).</summary>
    public void Lose(string reason)
    {
        if (_closing || Interlocked.Exchange(ref _lost, 1) == 1)
        {
            return;
        }

        Recorder.Emit(reason.Contains("crash", StringComparison.Ordinal) ? EventKind.Crash : EventKind.Disconnect, null, reason);
        _ = Task.Run(() => Lost?.Invoke(this, reason));
    }

    /// <summary>Stops the screencast and closes the browser; no <see cref="Lost"/> is raised for it.</summary>
    public async ValueTask DisposeAsync()
    {
        if (_closing)
        {
            return;
        }

        _closing = true;
        await Input.DisposeAsync();
        await Screencast.DisposeAsync();
        Browser.Browser.Disconnected -= OnDisconnected;
        if (Lease is null)
        {
            await Browser.DisposeAsync();
            return;
        }

        // A server's browser serves other participants: only this context closes, and the place is given back.
        try
        {
            await Context.CloseAsync();
        }
        catch (PlaywrightException)
        {
            // The server or its browser is gone already.
        }

        await Lease.DisposeAsync();
    }
}
