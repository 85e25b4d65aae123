using UsabilityLab.Core.Analysis;
using UsabilityLab.Core.Heatmaps;
using UsabilityLab.Core.Metrics;
using UsabilityLab.Core.Signals;

namespace UsabilityLab.Reporting.Report;

/// <summary>Traffic light of a task in the executive summary.</summary>
public enum TrafficLight
{
    /// <summary>Meets its gates (or the default thresholds).</summary>
    Green,

    /// <summary>Misses one secondary condition, or is borderline.</summary>
    Amber,

    /// <summary>Misses its completion target or several conditions.</summary>
    Red,
}
