using UsabilityLab.Core.Sessions;

namespace UsabilityLab.Storage.Moderation;

/// <summary>A session of a run, named by its participant.</summary>
/// <param name="SessionId">Session id.</param>
/// <param name="Participant">Participant label.</param>
/// <param name="Status">Running, completed, interrupted, crashed, or ended by a failed hook.</param>
/// <param name="EndReason">Why it ended early, when it did.</param>
public sealed record SessionRef(long SessionId, string Participant, SessionStatus Status, string? EndReason);
