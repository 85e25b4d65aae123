namespace UsabilityLab.Reporting.Report;

/// <summary>The executive summary's findings, most important first.</summary>
/// <param name="Main">With people: what they did and met. With simulated participants: what the site did on the study's
/// path, reproducibly (an error on every click, an element that is not a link, a button below the fold).</param>
/// <param name="ModelOutput">Simulated runs only: what the persona model produced by chance (misclick landings, detours,
/// rage bursts), phrased as model output; empty for people.</param>
public sealed record KeyFindings(IReadOnlyList<string> Main, IReadOnlyList<string> ModelOutput);
