namespace UsabilityLab.Cli.Tests.Process;

/// <summary>
/// The demo shop's clock for its slow search (<see cref="DemoSite.DemoSiteOptions.Time"/>), turned into a gate: a search
/// answers only once the gate is open. A participant who searches then provably sits in the middle of an attempt, for
/// as long as the test needs, and <see cref="Requested"/> says when it got there.
/// </summary>
internal sealed class SearchGate : TimeProvider
{
    private readonly Lock _lock = new();
    private readonly List<ITimer> _held = [];
    private readonly TaskCompletionSource _requested = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private bool _open;

    /// <summary>Completes at the first search that reached the shop.</summary>
    public Task Requested => _requested.Task;

    /// <summary>Lets held searches answer now, and later ones after the shop's usual delay.</summary>
    public void Open()
    {
        lock (_lock)
        {
            _open = true;
            foreach (var timer in _held)
            {
                try
                {
                    timer.Change(TimeSpan.Zero, Timeout.InfiniteTimeSpan);
                }
                catch (ObjectDisposedException)
                {
                    // that search was given up (its browser closed, its process killed)
                }
            }

            _held.Clear();
        }
    }

    /// <summary>The search's delay: a real timer, started only once the gate is open.</summary>
    public override ITimer CreateTimer(TimerCallback callback, object? state, TimeSpan dueTime, TimeSpan period)
    {
        _requested.TrySetResult();
        lock (_lock)
        {
            if (_open)
            {
                return System.CreateTimer(callback, state, dueTime, period);
            }

            var timer = System.CreateTimer(callback, state, Timeout.InfiniteTimeSpan, Timeout.InfiniteTimeSpan);
            _held.Add(timer);
            return timer;
        }
    }
}
