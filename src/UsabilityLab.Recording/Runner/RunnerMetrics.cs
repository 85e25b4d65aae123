using System.Diagnostics.Metrics;

namespace UsabilityLab.Recording.Runner;

/// <summary>
/// Where a scripted run spends its time besides the participant's own actions, as .NET metrics (free when nobody
/// listens): benchmarks and profilers read them with a <see cref="MeterListener"/> instead of estimating from the code.
/// </summary>
public static class RunnerMetrics
{
    /// <summary>The meter's name.</summary>
    public const string MeterName = "UsabilityLab.Recording.Runner";

    /// <summary>Instrument: milliseconds the runner waited for the page: after an action for its effect (and a navigation
    /// it started), and for a page's load (a page new to the run's backdrops, the page of a task's last check).</summary>
    public const string SettleWait = "usabilitylab.runner.settle.duration";

    /// <summary>Instrument: milliseconds to save one page's archive for its heatmap backdrop (in the background: the participant goes on),
    /// or, for a page over <see cref="BackdropLimits"/>, to take and store its first screen.</summary>
    public const string BackdropCapture = "usabilitylab.runner.backdrop.duration";

    /// <summary>Instrument: milliseconds taken to paint one backdrop from its archive (at the run's first report or heatmap).</summary>
    public const string BackdropPaint = "usabilitylab.runner.backdrop.paint.duration";

    /// <summary>Instrument: milliseconds to judge a task's success criteria: between its steps, and at its end with
    /// the wait for the page to settle when the first look fails.</summary>
    public const string SuccessCheck = "usabilitylab.runner.check.duration";

    /// <summary>Instrument: milliseconds to ask the page which view a click is about to land in (before each click on a
    /// page whose backdrop is kept), so that a new view gets its picture.</summary>
    public const string ViewCheck = "usabilitylab.runner.view.duration";

    private static readonly Meter Meter = new(MeterName);
    private static readonly Histogram<double> SettleHistogram = Meter.CreateHistogram<double>(SettleWait, "ms");
    private static readonly Histogram<double> BackdropHistogram = Meter.CreateHistogram<double>(BackdropCapture, "ms");
    private static readonly Histogram<double> PaintHistogram = Meter.CreateHistogram<double>(BackdropPaint, "ms");
    private static readonly Histogram<double> CheckHistogram = Meter.CreateHistogram<double>(SuccessCheck, "ms");
    private static readonly Histogram<double> ViewHistogram = Meter.CreateHistogram<double>(ViewCheck, "ms");

    internal static void RecordSettle(TimeProvider time, long startTimestamp) => Record(SettleHistogram, time, startTimestamp);

    internal static void RecordBackdrop(TimeProvider time, long startTimestamp) => Record(BackdropHistogram, time, startTimestamp);

    internal static void RecordBackdropPaint(TimeProvider time, long startTimestamp) => Record(PaintHistogram, time, startTimestamp);

    internal static void RecordSuccessCheck(TimeProvider time, long startTimestamp) => Record(CheckHistogram, time, startTimestamp);

    internal static void RecordViewCheck(TimeProvider time, long startTimestamp) => Record(ViewHistogram, time, startTimestamp);

    /// <summary>Records the time since <paramref name="startTimestamp"/>, read from <paramref name="time"/> (the clock that stamped it).</summary>
    private static void Record(Histogram<double> histogram, TimeProvider time, long startTimestamp)
    {
        if (histogram.Enabled)
        {
            histogram.Record(time.GetElapsedTime(startTimestamp).TotalMilliseconds);
        }
    }
}
