using UsabilityLab.Core.Signals;

namespace UsabilityLab.Reporting.Dashboard;

/// <summary>One participant's session in the dashboard's sessions list.</summary>
/// <param name="Participant">Pseudonymous label, e.g. P03.</param>
/// <param name="Persona">The persona (a scripted run's) or "human".</param>
/// <param name="Device">The Playwright device, when one was used.</param>
/// <param name="Status">How the session ended.</param>
/// <param name="Succeeded">Tasks completed.</param>
/// <param name="Attempted">Tasks attempted (attempts analysis counts).</param>
/// <param name="FailedOrAbandoned">Attempts that ended failed or abandoned.</param>
/// <param name="Signals">Signals per kind (kinds without any are absent).</param>
/// <param name="Notes">Moderator notes taken in the session.</param>
/// <param name="Score">The <see cref="Report.FrustrationScore"/>: higher is worth watching sooner.</param>
/// <param name="Simulated">The participant was the persona model.</param>
public sealed record SessionSummary(
    string Participant,
    string Persona,
    string? Device,
    string Status,
    int Succeeded,
    int Attempted,
    int FailedOrAbandoned,
    IReadOnlyDictionary<SignalKind, int> Signals,
    int Notes,
    double Score,
    bool Simulated)
{
    /// <summary>Signals of every kind.</summary>
    public int SignalCount => Signals.Values.Sum();
}
