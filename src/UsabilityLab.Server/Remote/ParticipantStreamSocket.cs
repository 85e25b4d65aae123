using System.Buffers;
using System.Net.WebSockets;
using System.Text;
using System.Text.Json;
using Microsoft.Extensions.Logging;
using UsabilityLab.Recording.Moderation;
using UsabilityLab.Recording.Moderation.Remote;

namespace UsabilityLab.Server.Remote;

/// <summary>
/// One participant page's stream: screen frames out (binary messages, one JPEG each, the next only after the page
/// acknowledged the last with <c>{"t":"ack"}</c>), input in (text messages, checked by
/// <see cref="ParticipantInputReader"/> before anything reaches the browser; a refusal is logged and answered with
/// <c>{"t":"refused","reason":…}</c>). The quality follows the connection (<see cref="AdaptiveQuality"/>). The first
/// message says the page's size: <c>{"t":"hello","width":…,"height":…}</c>; the last, when the session ends,
/// <c>{"t":"ended"}</c>.
/// </summary>
internal sealed class ParticipantStreamSocket(WebSocket socket, ModeratedSession session, RemoteParticipation remote, TimeProvider time, ILogger logger)
{
    /// <summary>How long a sent frame waits for its acknowledgement before the next is sent anyway.</summary>
    private static readonly TimeSpan AckWait = TimeSpan.FromSeconds(2);

    private readonly SemaphoreSlim _send = new(1, 1);
    private readonly LatestFrameSlot _frames = new();
    private TaskCompletionSource _ack = new(TaskCreationOptions.RunContinuationsAsynchronously);

    /// <summary>Runs until the page goes, the session ends or <paramref name="stopping"/> fires.</summary>
    public async Task RunAsync(CancellationToken stopping)
    {
        using var done = CancellationTokenSource.CreateLinkedTokenSource(stopping);
        remote.Frame += _frames.Put;
        try
        {
            await SendTextAsync(JsonSerializer.Serialize(new { t = "hello", width = remote.Viewport.Width, height = remote.Viewport.Height }), done.Token);
            if (remote.LastFrame is { } last)
            {
                _frames.Put(last);
            }

            var sender = SendFramesAsync(done.Token);
            var receiver = ReceiveAsync(done.Token);
            var ended = session.Ended.WaitAsync(done.Token);
            var first = await Task.WhenAny(sender, receiver, ended);
            if (first == ended && ended.IsCompletedSuccessfully)
            {
                await SendTextAsync("{\"t\":\"ended\"}", done.Token);
            }

            await done.CancelAsync();
            await CloseAsync();
            await Task.WhenAll(Quietly(sender), Quietly(receiver), Quietly(ended));
        }
        finally
        {
            remote.Frame -= _frames.Put;
        }
    }

    private async Task SendFramesAsync(CancellationToken cancellationToken)
    {
        var quality = new AdaptiveQuality(remote.Qualities.Count);
        while (!cancellationToken.IsCancellationRequested)
        {
            var (frame, replacedBefore) = await _frames.TakeAsync(cancellationToken);
            var ack = NewAck();
            var sentAt = time.GetTimestamp();
            await SendAsync(frame.Jpeg, WebSocketMessageType.Binary, cancellationToken);
            await Task.WhenAny(ack, Task.Delay(AckWait, time, cancellationToken));
            var ackMs = time.GetElapsedTime(sentAt).TotalMilliseconds;
            if (quality.Observe(ackMs, replacedBefore, time.GetUtcNow()) is { } step)
            {
                logger.LogInformation("participant stream quality step {Step}: {Quality}", step, remote.Qualities[step]);
                await remote.SetQualityAsync(remote.Qualities[step]);
            }
        }
    }

    private async Task ReceiveAsync(CancellationToken cancellationToken)
    {
        var buffer = ArrayPool<byte>.Shared.Rent(ParticipantInputReader.MaxMessageBytes);
        try
        {
            while (socket.State == WebSocketState.Open)
            {
                var length = 0;
                ValueWebSocketReceiveResult result;
                do
                {
                    if (length == ParticipantInputReader.MaxMessageBytes)
                    {
                        await socket.CloseAsync(WebSocketCloseStatus.MessageTooBig, "input message too long", cancellationToken);
                        return;
                    }

                    result = await socket.ReceiveAsync(buffer.AsMemory(length, ParticipantInputReader.MaxMessageBytes - length), cancellationToken);
                    length += result.Count;
                }
                while (!result.EndOfMessage && result.MessageType != WebSocketMessageType.Close);

                if (result.MessageType == WebSocketMessageType.Close)
                {
                    return;
                }

                if (result.MessageType != WebSocketMessageType.Text)
                {
                    await RefuseAsync("input messages are text (JSON)", cancellationToken);
                    continue;
                }

                await OnMessageAsync(Encoding.UTF8.GetString(buffer, 0, length), cancellationToken);
            }
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }
    }

    private async Task OnMessageAsync(string message, CancellationToken cancellationToken)
    {
        if (message == "{\"t\":\"ack\"}")
        {
            _ack.TrySetResult();
            return;
        }

        if (await remote.SendInputAsync(message) is { } refusal)
        {
            await RefuseAsync(refusal, cancellationToken);
        }
    }

    private async Task RefuseAsync(string reason, CancellationToken cancellationToken)
    {
        logger.LogWarning("participant input refused: {Reason}", reason);
        await SendTextAsync(JsonSerializer.Serialize(new { t = "refused", reason }), cancellationToken);
    }

    private Task NewAck()
    {
        _ack = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        return _ack.Task;
    }

    private Task SendTextAsync(string text, CancellationToken cancellationToken) =>
        SendAsync(Encoding.UTF8.GetBytes(text), WebSocketMessageType.Text, cancellationToken);

    /// <summary>One message at a time: frames and refusals come from two loops, and a WebSocket takes one send at a time.</summary>
    private async Task SendAsync(byte[] data, WebSocketMessageType type, CancellationToken cancellationToken)
    {
        await _send.WaitAsync(cancellationToken);
        try
        {
            await socket.SendAsync(data, type, endOfMessage: true, cancellationToken);
        }
        finally
        {
            _send.Release();
        }
    }

    private async Task CloseAsync()
    {
        try
        {
            if (socket.State is WebSocketState.Open or WebSocketState.CloseReceived)
            {
                using var limit = new CancellationTokenSource(TimeSpan.FromSeconds(2));
                await socket.CloseOutputAsync(WebSocketCloseStatus.NormalClosure, "bye", limit.Token);
            }
        }
        catch (Exception ex) when (ex is WebSocketException or OperationCanceledException)
        {
            // The page is already gone.
        }
    }

    private static async Task Quietly(Task task)
    {
        try
        {
            await task;
        }
        catch (Exception ex) when (ex is OperationCanceledException or WebSocketException or ObjectDisposedException)
        {
            // The connection ended; that is how these loops stop.
        }
    }
}
