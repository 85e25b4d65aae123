using UsabilityLab.Core.Metrics;
using UsabilityLab.Core.Signals;

namespace UsabilityLab.Core.Analysis;

/// <summary>A signal with the task and participant it happened in.</summary>
/// <param name="TaskId">Task of the attempt the signal's evidence belongs to; null for events outside any attempt.</param>
/// <param name="Participant">Participant of that attempt; null when unknown.</param>
/// <param name="Signal">The signal and its evidence.</param>
public sealed record TaskSignal(string? TaskId, string? Participant, Signal Signal);
