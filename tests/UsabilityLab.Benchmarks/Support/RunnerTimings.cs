using System.Diagnostics.Metrics;
using UsabilityLab.Recording.Runner;

namespace UsabilityLab.Benchmarks.Support;

/// <summary>
/// Adds up, while it lives, what the scripted runner reports through <see cref="RunnerMetrics"/>: its waits for the
/// effects of actions and its heatmap backdrops (saved, and painted in the background), timed where they happen rather than estimated from the code.
/// </summary>
internal sealed class RunnerTimings : IDisposable
{
    private readonly MeterListener _listener = new();
    private readonly object _gate = new();

    public RunnerTimings()
    {
        _listener.InstrumentPublished = (instrument, listener) =>
        {
            if (instrument.Meter.Name == RunnerMetrics.MeterName)
            {
                listener.EnableMeasurementEvents(instrument);
            }
        };
        _listener.SetMeasurementEventCallback<double>((instrument, ms, _, _) =>
        {
            lock (_gate)
            {
                if (instrument.Name == RunnerMetrics.SettleWait)
                {
                    Settles = Settles.Add(ms);
                }
                else if (instrument.Name == RunnerMetrics.BackdropCapture)
                {
                    Backdrops = Backdrops.Add(ms);
                }
                else if (instrument.Name == RunnerMetrics.BackdropPaint)
                {
                    Paints = Paints.Add(ms);
                }
                else if (instrument.Name == RunnerMetrics.SuccessCheck)
                {
                    Checks = Checks.Add(ms);
                }
                else if (instrument.Name == RunnerMetrics.ViewCheck)
                {
                    Views = Views.Add(ms);
                }
            }
        });
        _listener.Start();
    }

    /// <summary>Waits after actions for their effect.</summary>
    public Tally Settles { get; private set; }

    /// <summary>Heatmap backdrops saved as page archives, in the background while the participants go on.</summary>
    public Tally Backdrops { get; private set; }

    /// <summary>Backdrops painted from their archives (at the run's first report).</summary>
    public Tally Paints { get; private set; }

    /// <summary>Success checks: between steps, and each task's last one with its wait for the page to settle.</summary>
    public Tally Checks { get; private set; }

    /// <summary>Questions to the page about the view a click is about to land in.</summary>
    public Tally Views { get; private set; }

    public void Dispose() => _listener.Dispose();

    /// <summary>How many, and how long in total.</summary>
    public readonly record struct Tally(int Count, double Milliseconds)
    {
        public double MeanMilliseconds => Count == 0 ? 0 : Milliseconds / Count;

        public Tally Add(double ms) => new(Count + 1, Milliseconds + ms);
    }
}
