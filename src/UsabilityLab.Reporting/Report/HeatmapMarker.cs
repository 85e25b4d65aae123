using UsabilityLab.Core.Signals;

namespace UsabilityLab.Reporting.Report;

/// <summary>
/// A signal on a heatmap's page, where its click was: for a viewer that lets people open the session at the signal's
/// moment by clicking its marker.
/// </summary>
/// <param name="Kind">Rage, dead or error click (or another kind tied to a point).</param>
/// <param name="Participant">Whose session it is.</param>
/// <param name="Seconds">The signal's session time in seconds.</param>
/// <param name="X">The signal's click in document coordinates (CSS px).</param>
/// <param name="Y">Its y.</param>
/// <param name="Element">The element in plain words ("the “Apply” button").</param>
public sealed record HeatmapMarker(SignalKind Kind, string Participant, double Seconds, double X, double Y, string Element);
