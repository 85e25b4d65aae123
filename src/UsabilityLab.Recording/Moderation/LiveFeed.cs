using UsabilityLab.Core.Events;
using UsabilityLab.Core.Signals;
using UsabilityLab.Recording.Capture;

namespace UsabilityLab.Recording.Moderation;

/// <summary>
/// Feeds the console: recorded events as they arrive, and frustration signals (rage, dead and error clicks, quick
/// backs) once the detectors can see them. Dead clicks are only evident after a quiet spell, so detection re-runs
/// every second over the session's events and reports each signal once.
/// </summary>
internal sealed class LiveFeed : IAsyncDisposable
{
    private static readonly SignalKind[] Shown = [SignalKind.RageClick, SignalKind.DeadClick, SignalKind.ErrorClick, SignalKind.QuickBack];
    private readonly Action<FeedItem> _publish;
    private readonly Lock _gate = new();
    private readonly List<RecordedEvent> _events = [];
    private readonly HashSet<(SignalKind, long, string?)> _reported = [];
    private readonly CancellationTokenSource _stop = new();
    private readonly Task _detector;
    private SessionRecorder? _recorder;
    private int _seen;

    public LiveFeed(Action<FeedItem> publish)
    {
        _publish = publish;
        _detector = Task.Run(DetectLoopAsync);
    }

    /// <summary>Follows a new leg's recorder (events of the previous leg are dropped from detection).</summary>
    public void Attach(SessionRecorder recorder)
    {
        lock (_gate)
        {
            if (_recorder is not null)
            {
                _recorder.Recorded -= OnRecorded;
            }

            _events.Clear();
            _seen = 0;
            _recorder = recorder;
            recorder.Recorded += OnRecorded;
        }
    }

    private void OnRecorded(RecordedEvent e)
    {
        if (e.Kind != EventKind.MouseMove)
        {
            lock (_gate)
            {
                _events.Add(e);
            }
        }

        if (FeedText.For(e) is { } item)
        {
            _publish(item);
        }
    }

    private async Task DetectLoopAsync()
    {
        using var timer = new PeriodicTimer(TimeSpan.FromSeconds(1));
        try
        {
            while (await timer.WaitForNextTickAsync(_stop.Token))
            {
                RecordedEvent[] events;
                lock (_gate)
                {
                    if (_events.Count == _seen)
                    {
                        continue;
                    }

                    _seen = _events.Count;
                    events = [.. _events];
                }

                foreach (var signal in SignalDetector.DetectAll(events).Where(s => Shown.Contains(s.Kind)))
                {
                    var sessionId = signal.Evidence.FirstOrDefault()?.SessionId ?? 0;
                    if (_reported.Add((signal.Kind, (long)signal.TimeMs, signal.Selector)))
                    {
                        _publish(new FeedItem(sessionId, signal.TimeMs, "signal", Describe(signal), signal.Selector ?? signal.Url));
                    }
                }
            }
        }
        catch (OperationCanceledException)
        {
            // Session over.
        }
    }

    private static string Describe(Signal signal) => signal.Kind switch
    {
        SignalKind.RageClick => $"rage click ×{signal.Value:0} on {Name(signal)}",
        SignalKind.DeadClick => $"dead click on {Name(signal)}",
        SignalKind.ErrorClick => $"error click on {Name(signal)}",
        SignalKind.QuickBack => $"quick back from {signal.Url}",
        _ => signal.Kind.ToString(),
    };

    private static string Name(Signal signal) => string.IsNullOrWhiteSpace(signal.Text) ? signal.Selector ?? "the page" : $"\"{signal.Text}\"";

    public async ValueTask DisposeAsync()
    {
        await _stop.CancelAsync();
        await _detector;
        lock (_gate)
        {
            if (_recorder is not null)
            {
                _recorder.Recorded -= OnRecorded;
            }
        }

        _stop.Dispose();
    }
}
