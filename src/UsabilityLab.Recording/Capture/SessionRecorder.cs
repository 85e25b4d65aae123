using System.Collections.Concurrent;
using Microsoft.Playwright;
using UsabilityLab.Core.Events;
using UsabilityLab.Core.Sessions;
using UsabilityLab.Core.Studies;
using UsabilityLab.Recording.Runner;

namespace UsabilityLab.Recording.Capture;

/// <summary>
/// Records one participant's browser context: installs recorder.js, receives its batches through one binding,
/// adds what only Playwright sees (console and page errors, failed requests, HTTP errors, dialogs, popups, crashes)
/// and posts everything, stamped in participant time, to the run journal.
/// </summary>
public sealed class SessionRecorder
{
    private readonly IRunJournal _journal;
    private readonly ParticipantClock _clock;
    private readonly CapturePolicy _policy;
    private readonly List<RecordedEvent> _attemptEvents = [];
    private readonly List<(long Id, double StartMs, double EndMs)> _finishedAttempts = [];
    private readonly SequenceLedger _ledger = new();
    private readonly BatchDecoder _decoder = new();
    private readonly Lock _gate = new();
    private readonly ConcurrentDictionary<IPage, bool> _ignored = new();
    private long? _attemptId;
    private int _reportedMalformed;
    private double _attemptStartMs;

    /// <summary>Creates a recorder for one session.</summary>
    public SessionRecorder(IRunJournal journal, long sessionId, ParticipantClock clock, CapturePolicy policy)
    {
        _journal = journal;
        SessionId = sessionId;
        _clock = clock;
        _policy = policy;
    }

    /// <summary>The session being recorded.</summary>
    public long SessionId { get; }

    /// <summary>Raised for every event as it is recorded (live consoles, effect detection).</summary>
    public event Action<RecordedEvent>? Recorded;

    /// <summary>Set when a page of this session crashed; cleared by the runner once handled.</summary>
    public bool PageCrashed { get; set; }

    /// <summary>How the page's dialogs are answered from now on (the runner sets each task's policy).</summary>
    public DialogPolicy Dialogs { get; set; } = DialogPolicy.Accept;

    /// <summary>How long a page may take to hand over what it buffered before it counts as lost.</summary>
    internal static readonly TimeSpan DrainTimeout = TimeSpan.FromSeconds(5);

    /// <summary>
    /// The attempt new events belong to (null between tasks). Events are attributed by their time, so a batch that
    /// arrives late (sent from the next page after a navigation) still lands in the attempt it happened in.
    /// </summary>
    public long? AttemptId
    {
        get { lock (_gate) { return _attemptId; } }
        set
        {
            lock (_gate)
            {
                var now = _clock.NowMs;
                if (_attemptId is { } previous)
                {
                    _finishedAttempts.Add((previous, _attemptStartMs, now));
                }

                _attemptId = value;
                _attemptStartMs = now;
                _attemptEvents.Clear();
            }
        }
    }

    /// <summary>A snapshot of the events recorded in the current attempt so far.</summary>
    public IReadOnlyList<RecordedEvent> AttemptEvents
    {
        get { lock (_gate) { return [.. _attemptEvents]; } }
    }

    /// <summary>
    /// Records nothing of <paramref name="page"/> from now on (its dialogs are still answered): a tab the lab opened for
    /// itself, such as a setup hook's steps, is nobody's doing.
    /// </summary>
    public void Ignore(IPage page)
    {
        _ignored.TryAdd(page, true);
        page.Close += (_, _) => _ignored.TryRemove(page, out _);
    }

    /// <summary>Installs the recorder in <paramref name="context"/>; call before the first navigation.</summary>
    public async Task AttachAsync(IBrowserContext context)
    {
        await context.ExposeBindingAsync(RecorderScript.BindingName, (BindingSource source, string json) =>
        {
            if (!_ignored.ContainsKey(source.Page))
            {
                OnBatch(json);
            }
        });
        await context.AddInitScriptAsync(RecorderScript.InitScript(_policy));
        foreach (var page in context.Pages)
        {
            PageWatch.Attach(page, this, () => !_ignored.ContainsKey(page));
        }

        context.Page += async (_, page) =>
        {
            PageWatch.Attach(page, this, () => !_ignored.ContainsKey(page));
            // Pages the runner opens itself have no opener; only those the site opened are popups.
            var opener = await page.OpenerAsync();
            if (opener is not null && !_ignored.ContainsKey(opener))
            {
                Emit(EventKind.Popup, PageWatch.SafeUrl(opener), detail: "new tab or popup opened");
            }
        };
    }

    /// <summary>
    /// Pulls whatever the page and its frames have buffered (before closing it or ending a task), so nothing is lost.
    /// </summary>
    public async Task DrainAsync(IPage page)
    {
        // A navigation in flight destroys the execution context under us; the new page receives the carried-over
        // buffer at its start, so wait a moment and drain that one.
        for (var attempt = 0; attempt < 20 && !page.IsClosed; attempt++)
        {
            try
            {
                await DrainFramesAsync(page);
                return;
            }
            catch (PlaywrightException) when (!PageCrashed && !page.IsClosed)
            {
                await Task.Delay(50);
            }
            catch (PlaywrightException)
            {
                return; // crashed or closed: what the page still held is gone with it
            }
        }
    }

    /// <summary>The main frame's buffer, then each child frame's (an editor's iframe records on its own).</summary>
    private async Task DrainFramesAsync(IPage page)
    {
        foreach (var frame in page.Frames)
        {
            // A page that stopped answering (a busy loop) keeps its buffer: the events are counted as lost, not waited for.
            var drained = frame.EvaluateAsync<string>("() => window.__usabilityLab ? window.__usabilityLab.drain() : '[]'");
            if (await Task.WhenAny(drained, Task.Delay(DrainTimeout)) != drained)
            {
                drained.Forget();
                return;
            }

            try
            {
                OnBatch(await drained ?? "[]");
            }
            catch (PlaywrightException) when (frame != page.MainFrame)
            {
                // A frame that went away meanwhile: its pagehide carried what it held.
            }
        }
    }

    /// <summary>Drains every open page of the context.</summary>
    public async Task DrainAllAsync(IBrowserContext context)
    {
        foreach (var page in context.Pages.Where(p => !_ignored.ContainsKey(p)).ToArray())
        {
            await DrainAsync(page);
        }
    }

    /// <summary>
    /// Records, as one <see cref="EventKind.EventsLost"/> event, the page's events that never arrived and the batches
    /// that did not decode since the last report (after a drain, when whatever was coming has come). Nothing when none.
    /// </summary>
    public void ReportLoss()
    {
        int lost, malformed;
        lock (_gate)
        {
            lost = _ledger.TakeNewlyLost();
            malformed = _decoder.MalformedBatches - _reportedMalformed;
            _reportedMalformed += malformed;
        }

        if (lost > 0 || malformed > 0)
        {
            Emit(EventKind.EventsLost, null, $"{lost} recorded event{(lost == 1 ? "" : "s")} never arrived from the page; {malformed} batch{(malformed == 1 ? "" : "es")} did not decode", lost);
        }
    }

    /// <summary>Records an event that the runner itself observes (e.g. a browser disconnect).</summary>
    public void Emit(EventKind kind, string? url, string? detail = null, double? value = null) =>
        Record(new RecordedEvent { Kind = kind, Url = url, Detail = detail, Value = value, TimeMs = _clock.NowMs });

    /// <summary>Records one payload of recorder.js (what its binding or <c>drain()</c> hands over).</summary>
    internal void OnBatch(string json)
    {
        foreach (var payload in _decoder.Decode(json))
        {
            // The page re-sends batches it never saw acknowledged (see recorder.js); keep the first copy.
            lock (_gate)
            {
                if (!_ledger.Arrived(payload.PageId, payload.Sequence))
                {
                    continue;
                }
            }

            Record(payload.ToEvent(SessionId, null, _clock.FromWall(payload.WallMs)));
        }
    }

    private void Record(RecordedEvent recorded)
    {
        // What a page's address, a request line or an error message carries from the participant's typing (a form
        // sent with GET) is masked here, before anything is stored or shown (see CapturePolicy.MaskUrl).
        recorded = recorded with
        {
            Url = recorded.Url is { } url ? _policy.MaskUrl(url) : null,
            Detail = recorded.Detail is { } detail ? _policy.MaskUrlsIn(detail) : null,
            Text = recorded.Kind == EventKind.Navigation && recorded.Text is { } referrer ? _policy.MaskUrl(referrer) : recorded.Text,
        };
        lock (_gate)
        {
            var attempt = AttemptAt(recorded.TimeMs);
            recorded = recorded with { SessionId = SessionId, AttemptId = attempt };
            if (attempt is not null && attempt == _attemptId)
            {
                _attemptEvents.Add(recorded);
            }
        }

        _journal.Post(recorded);
        Recorded?.Invoke(recorded);
    }

    private long? AttemptAt(double timeMs)
    {
        if (_attemptId is not null && timeMs >= _attemptStartMs)
        {
            return _attemptId;
        }

        for (var i = _finishedAttempts.Count - 1; i >= 0; i--)
        {
            var (id, start, end) = _finishedAttempts[i];
            if (timeMs >= start && timeMs <= end)
            {
                return id;
            }
        }

        return null;
    }
}
