using Microsoft.Playwright;

namespace UsabilityLab.Recording.Runner;

/// <summary>
/// Tells when a page has settled: no request in flight and no DOM change for <see cref="QuietMs"/>. A single-page app
/// renders what a task's last step asked for after that step returns (a fetch, then a render): its success criteria
/// are judged once it is quiet, not at the first look.
/// </summary>
internal sealed class PageQuiet : IDisposable
{
    /// <summary>How long nothing may happen for the page to count as settled.</summary>
    internal const int QuietMs = 500;

    /// <summary>A request open this long is a long poll or a stream, not part of a render: it does not keep the page busy.</summary>
    internal const int LongLivedMs = 3_000;

    // Resolves true once the DOM has not changed for quietMs, false when it is still changing at maxMs.
    private const string DomQuiet = """
        ([quietMs, maxMs]) => new Promise(resolve => {
          let timer = 0;
          const done = (quiet) => { observer.disconnect(); clearTimeout(timer); clearTimeout(limit); resolve(quiet); };
          const observer = new MutationObserver(() => { clearTimeout(timer); timer = setTimeout(() => done(true), quietMs); });
          observer.observe(document, { subtree: true, childList: true, attributes: true, characterData: true });
          timer = setTimeout(() => done(true), quietMs);
          const limit = setTimeout(() => done(false), maxMs);
        })
        """;

    private readonly IPage _page;
    private readonly TimeProvider _time;
    private readonly Lock _gate = new();
    private readonly Dictionary<IRequest, long> _inFlight = [];
    private long _lastChange;

    /// <summary>Starts following <paramref name="page"/>'s requests.</summary>
    /// <param name="page">The page watched.</param>
    /// <param name="time">The clock the quiet windows, a request's age and the settle timeout are measured on; the
    /// system's when null. (The DOM's quiet window runs in the page, on its own clock.)</param>
    public PageQuiet(IPage page, TimeProvider? time = null)
    {
        _page = page;
        _time = time ?? TimeProvider.System;
        _lastChange = _time.GetTimestamp();
        page.Request += OnRequest;
        page.RequestFinished += OnRequestEnded;
        page.RequestFailed += OnRequestEnded;
    }

    public void Dispose()
    {
        _page.Request -= OnRequest;
        _page.RequestFinished -= OnRequestEnded;
        _page.RequestFailed -= OnRequestEnded;
    }

    /// <summary>
    /// Waits until the page has settled, at most <paramref name="timeout"/>; true when it did. Throws
    /// <see cref="PlaywrightException"/> when the page closes meanwhile.
    /// </summary>
    public async Task<bool> SettleAsync(TimeSpan timeout)
    {
        // The DOM's quiet window and the network's overlap: a page that is already still settles in one window.
        var started = _time.GetTimestamp();
        for (var elapsed = TimeSpan.Zero; elapsed < timeout; elapsed = _time.GetElapsedTime(started))
        {
            var left = Math.Max(QuietMs, (int)(timeout - elapsed).TotalMilliseconds);
            try
            {
                if (!await _page.EvaluateAsync<bool>(DomQuiet, new[] { QuietMs, left }))
                {
                    return false; // still changing when the time was up
                }
            }
            catch (PlaywrightException ex) when (!_page.IsClosed && !AttemptFailure.IsTargetGone(ex))
            {
                continue; // the page navigated under the question: not settled yet, ask the new document
            }

            var (inFlight, idleMs) = Network();
            if (inFlight == 0 && idleMs >= QuietMs)
            {
                return true;
            }

            // A request started or ended during the DOM's quiet window: give the network its window, then look again.
            await Task.Delay(TimeSpan.FromMilliseconds(Math.Clamp(QuietMs - idleMs, 25, QuietMs)), _time);
        }

        return false;
    }

    /// <summary>Requests in flight, and how long since a request last started or ended.</summary>
    private (int InFlight, double IdleMs) Network()
    {
        lock (_gate)
        {
            var busy = 0;
            foreach (var started in _inFlight.Values)
            {
                busy += _time.GetElapsedTime(started).TotalMilliseconds < LongLivedMs ? 1 : 0;
            }

            return (busy, _time.GetElapsedTime(_lastChange).TotalMilliseconds);
        }
    }

    private void OnRequest(object? sender, IRequest request) => Note(request, started: true);

    private void OnRequestEnded(object? sender, IRequest request) => Note(request, started: false);

    private void Note(IRequest request, bool started)
    {
        lock (_gate)
        {
            _lastChange = _time.GetTimestamp();
            _ = started ? _inFlight.TryAdd(request, _lastChange) : _inFlight.Remove(request);
        }
    }
}
