using UsabilityLab.Core.Signals;

namespace UsabilityLab.Reporting.Report;

/// <summary>
/// A signal's marker on a heatmap picture, where it is drawn: for a viewer that lets people open the session at the
/// signal's moment by clicking it.
/// </summary>
/// <param name="Kind">Rage, dead or error click (or another kind tied to a point).</param>
/// <param name="Participant">Whose session it is.</param>
/// <param name="Seconds">The signal's session time in seconds.</param>
/// <param name="Left">The marker's centre across the picture, 0–1 of its width.</param>
/// <param name="Top">The marker's centre down the picture, 0–1 of its height.</param>
/// <param name="Element">The element in plain words ("the “Apply” button").</param>
public sealed record HeatmapMarker(SignalKind Kind, string Participant, double Seconds, double Left, double Top, string Element);
