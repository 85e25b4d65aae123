using UsabilityLab.Core.Events;

namespace UsabilityLab.Recording.Capture;

/// <summary>One event of recorder.js, decoded from its compact wire format (see <see cref="BatchDecoder"/>).</summary>
internal sealed record RecorderPayload
{
    public EventKind Kind { get; init; }

    /// <summary>The page (one document load) that recorded it; with <see cref="Sequence"/> it identifies the event.</summary>
    public string PageId { get; init; } = "";

    public int Sequence { get; init; }

    /// <summary>When it happened, Unix ms (the page's clock).</summary>
    public double WallMs { get; init; }

    public string? Url { get; init; }

    public int? ViewportWidth { get; init; }

    public double? X { get; init; }

    public double? Y { get; init; }

    public double? ViewportX { get; init; }

    public double? ViewportY { get; init; }

    public double? ScrollX { get; init; }

    public double? ScrollY { get; init; }

    /// <summary>The element it happened on, if any.</summary>
    public ElementDescriptor? Element { get; init; }

    /// <summary>The element's text, a field's value where the study allows it, or a navigation's referrer.</summary>
    public string? Text { get; init; }

    public int? Button { get; init; }

    public double? Value { get; init; }

    public string? Detail { get; init; }

    /// <summary>Maps to a domain event.</summary>
    public RecordedEvent ToEvent(long sessionId, long? attemptId, double participantMs) => new()
    {
        SessionId = sessionId,
        AttemptId = attemptId,
        Kind = Kind,
        TimeMs = participantMs,
        Url = Url,
        X = X,
        Y = Y,
        ViewportX = ViewportX,
        ViewportY = ViewportY,
        ScrollX = ScrollX,
        ScrollY = ScrollY,
        Selector = Element?.Selector,
        Tag = Element?.Tag,
        Text = string.IsNullOrEmpty(Text) ? null : Text,
        Interactive = Element?.Interactive,
        Button = Button,
        BoxX = Element?.BoxX,
        BoxY = Element?.BoxY,
        BoxWidth = Element?.BoxWidth,
        BoxHeight = Element?.BoxHeight,
        Value = Value,
        Detail = Detail,
        ViewportWidth = ViewportWidth,
    };
}
