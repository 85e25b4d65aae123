namespace UsabilityLab.Reporting.Report;

/// <summary>A candidate key finding.</summary>
/// <param name="Score">Share of participants affected, weighted by the severity of the kind of problem.</param>
/// <param name="Text">The sentence for the executive summary.</param>
/// <param name="Chance">True when it is the persona model's output (a simulated run), not the site's doing or an observation of people.</param>
internal sealed record Finding(double Score, string Text, bool Chance);
