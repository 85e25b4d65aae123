using System.Runtime.CompilerServices;
using Microsoft.EntityFrameworkCore;
using UsabilityLab.Core.Sessions;
using UsabilityLab.Storage.Entities;

namespace UsabilityLab.Storage.Moderation;

/// <summary>A session of a run, named by its participant.</summary>
/// <param name="SessionId">Session id.</param>
/// <param name="Participant">Participant label.</param>
/// <param name="Status">Running, Completed, Interrupted or Crashed.</param>
/// <param name="EndReason">Why it ended early, when it did.</param>
public sealed record SessionRef(long SessionId, string Participant, string Status, string? EndReason);
