using UsabilityLab.Recording.Moderation;

namespace UsabilityLab.Server.Remote;

/// <summary>
/// The one frame waiting to go to the participant: a newer frame replaces it (the participant needs the screen as it
/// is now, not a backlog), and the replacements are counted, as the sign that the connection does not keep up.
/// </summary>
internal sealed class LatestFrameSlot
{
    private readonly Lock _gate = new();
    private FrameUpdate? _frame;
    private int _replaced;
    private TaskCompletionSource _filled = new(TaskCreationOptions.RunContinuationsAsynchronously);

    /// <summary>Puts <paramref name="frame"/> in the slot, replacing a frame not taken yet.</summary>
    public void Put(FrameUpdate frame)
    {
        TaskCompletionSource filled;
        lock (_gate)
        {
            if (_frame is not null)
            {
                _replaced++;
            }

            _frame = frame;
            filled = _filled;
        }

        filled.TrySetResult();
    }

    /// <summary>Waits for a frame and takes it, with how many frames it replaced.</summary>
    public async Task<(FrameUpdate Frame, int Replaced)> TakeAsync(CancellationToken cancellationToken)
    {
        while (true)
        {
            Task filled;
            lock (_gate)
            {
                if (_frame is { } frame)
                {
                    var replaced = _replaced;
                    (_frame, _replaced) = (null, 0);
                    _filled = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
                    return (frame, replaced);
                }

                filled = _filled.Task;
            }

            await filled.WaitAsync(cancellationToken);
        }
    }
}
