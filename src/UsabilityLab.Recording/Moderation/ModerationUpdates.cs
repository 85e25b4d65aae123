using System.Runtime.CompilerServices;
using System.Threading.Channels;

namespace UsabilityLab.Recording.Moderation;

/// <summary>
/// The session's updates fanned out to every follower. A follower that joins late gets the current state, the recent
/// feed and the last frame first, so a console reloaded mid-session loses nothing that matters.
/// </summary>
public sealed class ModerationUpdates
{
    /// <summary>How many feed lines a late follower gets.</summary>
    private const int FeedHistory = 200;

    /// <summary>Updates held for a follower that reads slowly; past that the oldest are dropped.</summary>
    private const int FollowerBuffer = 512;

    private readonly Lock _gate = new();
    private readonly List<Channel<ModerationUpdate>> _followers = [];
    private readonly Queue<FeedUpdate> _feed = new();
    private StateUpdate? _state;
    private FrameUpdate? _frame;

    /// <summary>How many followers are listening now.</summary>
    public int Followers
    {
        get { lock (_gate) { return _followers.Count; } }
    }

    /// <summary>Sends <paramref name="update"/> to every follower and keeps it for late ones.</summary>
    public void Publish(ModerationUpdate update)
    {
        ArgumentNullException.ThrowIfNull(update);
        Channel<ModerationUpdate>[] followers;
        lock (_gate)
        {
            switch (update)
            {
                case StateUpdate state:
                    _state = state;
                    break;
                case FrameUpdate frame:
                    _frame = frame;
                    break;
                case FeedUpdate line:
                    _feed.Enqueue(line);
                    if (_feed.Count > FeedHistory)
                    {
                        _feed.Dequeue();
                    }

                    break;
            }

            followers = [.. _followers];
        }

        foreach (var follower in followers)
        {
            follower.Writer.TryWrite(update);
        }
    }

    /// <summary>The updates from now on, starting with what a late follower missed; ends when <paramref name="cancellationToken"/> fires.</summary>
    public async IAsyncEnumerable<ModerationUpdate> FollowAsync([EnumeratorCancellation] CancellationToken cancellationToken)
    {
        // Bounded and dropping the oldest: a stalled follower must not make the lab hold frames without limit.
        var channel = Channel.CreateBounded<ModerationUpdate>(new BoundedChannelOptions(FollowerBuffer) { FullMode = BoundedChannelFullMode.DropOldest, SingleReader = true });
        lock (_gate)
        {
            foreach (var missed in new ModerationUpdate?[] { _state }.Concat(_feed).Append(_frame))
            {
                if (missed is not null)
                {
                    channel.Writer.TryWrite(missed);
                }
            }

            _followers.Add(channel);
        }

        try
        {
            await foreach (var update in channel.Reader.ReadAllAsync(cancellationToken))
            {
                yield return update;
            }
        }
        finally
        {
            lock (_gate)
            {
                _followers.Remove(channel);
            }
        }
    }
}
