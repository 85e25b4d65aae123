using UsabilityLab.Recording.Moderation;

namespace UsabilityLab.Application.Moderation;

/// <summary>How a moderated session ended: interrupted (resumable with the same run) or ended by the moderator, and its final state.</summary>
public sealed record ModerationResult(bool Interrupted, ModerationSnapshot Snapshot);
