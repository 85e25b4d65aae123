using System.Text.Json;
using System.Threading.Channels;

namespace UsabilityLab.Recording.Moderation.Web;

/// <summary>
/// Fans the session's news out to every open console (Server-Sent Events). A console that connects late gets the
/// current state, the recent feed and the last frame first, so a reload loses nothing that matters.
/// </summary>
internal sealed class ConsoleHub
{
    private const int FeedHistory = 200;
    private readonly Lock _gate = new();
    private readonly List<Channel<ConsoleMessage>> _clients = [];
    private readonly Queue<ConsoleMessage> _feed = new();
    private ConsoleMessage? _state;
    private ConsoleMessage? _frame;

    public int Clients
    {
        get { lock (_gate) { return _clients.Count; } }
    }

    public void Publish(string type, object payload)
    {
        var message = new ConsoleMessage(type, JsonSerializer.Serialize(payload, PanelChannel.Json));
        Channel<ConsoleMessage>[] clients;
        lock (_gate)
        {
            switch (type)
            {
                case "state":
                    _state = message;
                    break;
                case "frame":
                    _frame = message;
                    break;
                default:
                    _feed.Enqueue(message);
                    if (_feed.Count > FeedHistory)
                    {
                        _feed.Dequeue();
                    }

                    break;
            }

            clients = [.. _clients];
        }

        foreach (var client in clients)
        {
            client.Writer.TryWrite(message);
        }
    }

    /// <summary>A stream for one console, starting with what it missed; completes when <paramref name="cancellationToken"/> fires.</summary>
    public async IAsyncEnumerable<ConsoleMessage> SubscribeAsync([System.Runtime.CompilerServices.EnumeratorCancellation] CancellationToken cancellationToken)
    {
        // Bounded and dropping the oldest: a stalled console must not make the lab hold frames without limit.
        var channel = Channel.CreateBounded<ConsoleMessage>(new BoundedChannelOptions(512) { FullMode = BoundedChannelFullMode.DropOldest, SingleReader = true });
        lock (_gate)
        {
            foreach (var missed in new[] { _state }.Concat(_feed).Append(_frame))
            {
                if (missed is not null)
                {
                    channel.Writer.TryWrite(missed);
                }
            }

            _clients.Add(channel);
        }

        try
        {
            await foreach (var message in channel.Reader.ReadAllAsync(cancellationToken))
            {
                yield return message;
            }
        }
        finally
        {
            lock (_gate)
            {
                _clients.Remove(channel);
            }
        }
    }
}

/// <summary>One Server-Sent Event: its type and JSON data.</summary>
internal sealed record ConsoleMessage(string Type, string Data);
