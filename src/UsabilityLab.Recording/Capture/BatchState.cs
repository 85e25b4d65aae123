using System.Text.Json;
using UsabilityLab.Core.Events;

namespace UsabilityLab.Recording.Capture;

/// <summary>
/// What the events of one batch share and recorder.js sends only when it changes: page, url, viewport width, the
/// running time (events carry the ms since the previous one), sequence number and scroll offset.
/// </summary>
internal sealed class BatchState(string page, int firstSequence, double baseMs, string? url, int width)
{
    private int _sequence = firstSequence - 1;
    private double _timeMs = baseMs;
    private string? _url = url;
    private int _width = width;
    private double _scrollX;
    private double _scrollY;

    /// <summary>A state entry <c>{u?, w?}</c>: url or viewport width for the events after it.</summary>
    public void Apply(JsonElement entry)
    {
        if (entry.TryGetProperty("u", out var newUrl))
        {
            _url = newUrl.GetString();
        }

        if (entry.TryGetProperty("w", out var newWidth))
        {
            _width = newWidth.GetInt32();
        }
    }

    /// <summary>Moves on to the next event, <paramref name="deltaMs"/> after the previous one.</summary>
    public void Advance(double deltaMs)
    {
        _sequence++;
        _timeMs += deltaMs;
    }

    /// <summary>An event of <paramref name="kind"/> at the current url and width, to be completed from its fields.</summary>
    public RecordedEvent Event(EventKind kind) => new() { Kind = kind, Url = _url, ViewportWidth = _width };

    /// <summary>The completed event, identified by page and sequence number and stamped with the running time.</summary>
    public RecorderPayload Identify(RecordedEvent recorded) => new(page, _sequence, _timeMs, recorded);

    /// <summary>
    /// Document position at <paramref name="at"/> (x, y); the scroll offset follows at <paramref name="offsetsAt"/>
    /// when it changed since the batch's previous positioned event (it starts at 0, 0).
    /// </summary>
    public RecordedEvent Position(RecordedEvent recorded, WireFields f, int at, int offsetsAt, bool withScroll)
    {
        if (f.Number(offsetsAt) is { } scrollX && f.Number(offsetsAt + 1) is { } scrollY)
        {
            (_scrollX, _scrollY) = (scrollX, scrollY);
        }

        var (x, y) = (f.Number(at), f.Number(at + 1));
        return recorded with
        {
            X = x, Y = y, ViewportX = x - _scrollX, ViewportY = y - _scrollY,
            ScrollX = withScroll ? _scrollX : null, ScrollY = withScroll ? _scrollY : null,
        };
    }
}
