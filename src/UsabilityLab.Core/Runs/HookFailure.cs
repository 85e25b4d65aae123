using UsabilityLab.Core.Sessions;

namespace UsabilityLab.Core.Runs;

/// <summary>A participant whose session a hook ended, and why.</summary>
public sealed record HookFailure(string Participant, string? Reason);
