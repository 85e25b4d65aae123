namespace UsabilityLab.Recording.Moderation.Frames;

/// <summary>
/// Caps a frame stream to one frame per interval without losing the last picture: a frame that comes too soon is
/// held, replacing any held one, and released once the interval has passed. The screencast only sends frames when
/// the page repaints, so a dropped final frame would leave the wrong picture on record until the next change.
/// </summary>
internal sealed class FrameThrottle<T>(double intervalMs) where T : class
{
    private double _lastMs = double.NegativeInfinity;
    private T? _held;

    /// <summary>Offers a frame arriving at <paramref name="nowMs"/>; returns it when it may pass now, else holds it.</summary>
    public T? Offer(T frame, double nowMs)
    {
        if (nowMs - _lastMs >= intervalMs)
        {
            _held = null;
            _lastMs = nowMs;
            return frame;
        }

        _held = frame;
        return null;
    }

    /// <summary>The held frame once its interval has passed (call periodically), else null.</summary>
    public T? Release(double nowMs)
    {
        if (_held is null || nowMs - _lastMs < intervalMs)
        {
            return null;
        }

        var frame = _held;
        _held = null;
        _lastMs = nowMs;
        return frame;
    }
}
