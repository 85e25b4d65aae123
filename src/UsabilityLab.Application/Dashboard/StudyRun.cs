using UsabilityLab.Core.Runs;

namespace UsabilityLab.Application.Dashboard;

/// <summary>A run in a study's list.</summary>
/// <param name="Listing">The run as <c>lab runs</c> lists it.</param>
/// <param name="GatesPassed">Whether it passed the study's gates; null without gates or when it has no analysis yet.</param>
/// <param name="ChangedTasks">Tasks whose completion or time differ significantly (p &lt; 0.05) from the run before it.</param>
public sealed record StudyRun(RunListing Listing, bool? GatesPassed, IReadOnlyList<string> ChangedTasks);
