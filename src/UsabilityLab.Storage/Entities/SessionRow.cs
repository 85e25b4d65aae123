using UsabilityLab.Core.Sessions;

namespace UsabilityLab.Storage.Entities;

/// <summary>One browser session of a participant (a crash and resume gives a second session).</summary>
internal sealed class SessionRow
{
    public long Id { get; set; }
    public long RunId { get; set; }
    public long ParticipantId { get; set; }
    public ParticipantRow? Participant { get; set; }
    public SessionStatus Status { get; set; }
    public DateTimeOffset StartedAt { get; set; }
    public DateTimeOffset? EndedAt { get; set; }
    public int ViewportWidth { get; set; }
    public int ViewportHeight { get; set; }

    /// <summary>The Playwright device name the session ran on; null for the desktop browser (and sessions from before devices).</summary>
    public string? Device { get; set; }

    /// <summary>Why the session ended early, when it did.</summary>
    public string? EndReason { get; set; }
    public List<TaskAttemptRow> Attempts { get; } = [];
}
