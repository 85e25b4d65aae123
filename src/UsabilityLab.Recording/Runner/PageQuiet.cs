using System.Diagnostics;
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
    private readonly Lock _gate = new();
    private readonly Dictionary<IRequest, long> _inFlight = [];
    private long _lastChange = Stopwatch.GetTimestamp();

    public PageQuiet(IPage page)
    {
        _page = page;
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
        var deadline = Stopwatch.GetTimestamp() + (long)(timeout.TotalSeconds * Stopwatch.Frequency);
        while (Stopwatch.GetTimestamp() < deadline)
        {
            var left = Math.Max(QuietMs, (int)((deadline - Stopwatch.GetTimestamp()) * 1000 / Stopwatch.Frequency));
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
            await Task.Delay(TimeSpan.FromMilliseconds(Math.Clamp(QuietMs - idleMs, 25, QuietMs)));
        }

        return false;
    }

    /// <summary>Requests in flight, and how long since a request last started or ended.</summary>
    private (int InFlight, double IdleMs) Network()
    {
        lock (_gate)
        {
            var busy = _inFlight.Values.Count(started => Stopwatch.GetElapsedTime(started).TotalMilliseconds < LongLivedMs);
            return (busy, Stopwatch.GetElapsedTime(_lastChange).TotalMilliseconds);
        }
    }

    private void OnRequest(object? sender, IRequest request) => Note(request, started: true);

    private void OnRequestEnded(object? sender, IRequest request) => Note(request, started: false);

    private void Note(IRequest request, bool started)
    {
        lock (_gate)
        {
            _lastChange = Stopwatch.GetTimestamp();
            _ = started ? _inFlight.TryAdd(request, _lastChange) : _inFlight.Remove(request);
        }
    }
}
