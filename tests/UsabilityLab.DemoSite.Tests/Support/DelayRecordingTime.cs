namespace UsabilityLab.DemoSite.Tests.Support;

/// <summary>
/// A clock whose timers fire at once and remember what they were asked to wait, so a test can check a configured
/// delay without measuring wall-clock time.
/// </summary>
internal sealed class DelayRecordingTime : TimeProvider
{
    private readonly List<TimeSpan> _delays = [];

    public IReadOnlyList<TimeSpan> Delays
    {
        get
        {
            lock (_delays)
            {
                return [.. _delays];
            }
        }
    }

    public override ITimer CreateTimer(TimerCallback callback, object? state, TimeSpan dueTime, TimeSpan period)
    {
        lock (_delays)
        {
            _delays.Add(dueTime);
        }

        return System.CreateTimer(callback, state, TimeSpan.Zero, period);
    }
}
