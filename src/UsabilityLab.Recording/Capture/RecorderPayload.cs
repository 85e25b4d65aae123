using UsabilityLab.Core.Events;

namespace UsabilityLab.Recording.Capture;

/// <summary>One event of recorder.js, decoded from its compact wire format (see <see cref="BatchDecoder"/>).</summary>
/// <param name="PageId">The page (one document load) that recorded it; with <paramref name="Sequence"/> it identifies the event.</param>
/// <param name="Sequence">Its number within the page.</param>
/// <param name="WallMs">When it happened, Unix ms (the page's clock).</param>
/// <param name="Event">The event, without session, attempt and participant time yet.</param>
internal sealed record RecorderPayload(string PageId, int Sequence, double WallMs, RecordedEvent Event)
{
    /// <summary>The domain event, placed in its session and participant time.</summary>
    public RecordedEvent ToEvent(long sessionId, long? attemptId, double participantMs) =>
        Event with { SessionId = sessionId, AttemptId = attemptId, TimeMs = participantMs, Text = string.IsNullOrEmpty(Event.Text) ? null : Event.Text };
}
