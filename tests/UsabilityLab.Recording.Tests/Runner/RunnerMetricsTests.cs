using System.Collections.Concurrent;
using System.Diagnostics.Metrics;
using Microsoft.Extensions.Time.Testing;
using UsabilityLab.Recording.Runner;

namespace UsabilityLab.Recording.Tests.Runner;

/// <summary>The runner's metrics measure on the clock that stamped the start, not on the wall clock.</summary>
public sealed class RunnerMetricsTests
{
    [Fact]
    public void RecordSettle_OnAFakeClock_RecordsTheTimeThatClockSaysPassed()
    {
        // Other tests may record settle waits meanwhile (the meter is process-wide): the fake one is looked for among them.
        var measured = new ConcurrentBag<double>();
        using var listener = new MeterListener();
        listener.InstrumentPublished = (instrument, l) =>
        {
            if (instrument.Meter.Name == RunnerMetrics.MeterName && instrument.Name == RunnerMetrics.SettleWait)
            {
                l.EnableMeasurementEvents(instrument);
            }
        };
        listener.SetMeasurementEventCallback<double>((_, value, _, _) => measured.Add(value));
        listener.Start();
        var time = new FakeTimeProvider();

        var started = time.GetTimestamp();
        time.Advance(TimeSpan.FromMilliseconds(1_234));
        RunnerMetrics.RecordSettle(time, started);

        Assert.Contains(1_234.0, measured);
    }
}
