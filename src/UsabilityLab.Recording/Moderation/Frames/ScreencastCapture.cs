using System.Text.Json;
using System.Threading.Channels;
using Microsoft.Playwright;
using UsabilityLab.Core.Files;
using UsabilityLab.Core.Sessions;
using UsabilityLab.Recording.Capture;

namespace UsabilityLab.Recording.Moderation.Frames;

/// <summary>
/// The participant's screen through CDP <c>Page.startScreencast</c>: frames go to the moderator's console (live, at
/// most <see cref="FrameCaps.LivePerSecond"/>) and to the journal (at most <see cref="FrameCaps.StoredPerSecond"/>,
/// until <see cref="FrameCaps.MaxStoredBytes"/>). It follows the page the participant looks at (a popup, then back).
/// A remote participant's stream gets every frame as it arrives (<c>onEveryFrame</c>) and may lower the picture's
/// quality when its connection backs up (<see cref="SetQualityAsync"/>): one screencast, so the moderator, the
/// recording and the participant all see the same frames.
/// </summary>
internal sealed class ScreencastCapture : IAsyncDisposable
{
    private readonly IBrowserContext _context;
    private readonly ParticipantClock _clock;
    private readonly long _sessionId;
    private readonly FrameCaps _caps;
    private readonly IModerationJournal _journal;
    private readonly Action<CapturedFrame> _onLive;
    private readonly Action<CapturedFrame>? _onEveryFrame;
    private readonly FrameThrottle<CapturedFrame> _live;
    private readonly FrameThrottle<CapturedFrame> _stored;
    private readonly Lock _gate = new();
    private readonly SemaphoreSlim _switch = new(1, 1);
    private readonly Channel<CapturedFrame> _toStore = Channel.CreateBounded<CapturedFrame>(new BoundedChannelOptions(64) { FullMode = BoundedChannelFullMode.DropOldest, SingleReader = true });
    private readonly CancellationTokenSource _stop = new();
    private readonly Task _writer;
    private readonly Task _releaser;
    private ICDPSession? _cdp;
    private IPage? _page;
    private long _storedBytes;
    private int _storedCount;
    private int _disposed;
    private Remote.StreamQuality _quality;

    public ScreencastCapture(IBrowserContext context, ParticipantClock clock, long sessionId, FrameCaps caps, IModerationJournal journal, Action<CapturedFrame> onLive, Action<CapturedFrame>? onEveryFrame = null)
    {
        _onEveryFrame = onEveryFrame;
        _quality = new Remote.StreamQuality(caps.JpegQuality, caps.MaxWidth, caps.MaxHeight);
        _context = context;
        _clock = clock;
        _sessionId = sessionId;
        _caps = caps;
        _journal = journal;
        _onLive = onLive;
        _live = new FrameThrottle<CapturedFrame>(1000 / caps.LivePerSecond);
        _stored = new FrameThrottle<CapturedFrame>(1000 / caps.StoredPerSecond);
        _writer = Task.Run(WriteAsync);
        _releaser = Task.Run(ReleaseHeldAsync);
    }

    public int StoredCount => Volatile.Read(ref _storedCount);

    public long StoredBytes => Interlocked.Read(ref _storedBytes);

    public bool CapReached => StoredBytes >= _caps.MaxStoredBytes;

    /// <summary>Why the last frame could not be stored, if one could not.</summary>
    public string? LastError { get; private set; }

    /// <summary>Moves the screencast to <paramref name="page"/> (a no-op when it already shows it).</summary>
    public async Task FollowAsync(IPage page)
    {
        await _switch.WaitAsync();
        try
        {
            if (ReferenceEquals(_page, page) || page.IsClosed || _stop.IsCancellationRequested)
            {
                return;
            }

            await StopCurrentAsync();
            var cdp = await _context.NewCDPSessionAsync(page);
            cdp.Event("Page.screencastFrame").OnEvent += (_, e) => OnFrame(cdp, e);
            await StartScreencastAsync(cdp);
            (_cdp, _page) = (cdp, page);
        }
        catch (PlaywrightException)
        {
            // The page closed or crashed while switching; the leg's close handling picks the next page.
        }
        finally
        {
            _switch.Release();
        }
    }

    /// <summary>Asks Chromium for frames at <paramref name="quality"/> from now on (the current page and the next ones).</summary>
    public async Task SetQualityAsync(Remote.StreamQuality quality)
    {
        await _switch.WaitAsync();
        try
        {
            _quality = quality;
            if (_cdp is { } cdp && !_stop.IsCancellationRequested)
            {
                // Chromium keeps a running screencast's frame size when it is started again: stop it first.
                await cdp.SendAsync("Page.stopScreencast");
                await StartScreencastAsync(cdp);
            }
        }
        catch (PlaywrightException)
        {
            // The page went away; the next page starts with the new quality.
        }
        finally
        {
            _switch.Release();
        }
    }

    private Task StartScreencastAsync(ICDPSession cdp) => cdp.SendAsync("Page.startScreencast", new Dictionary<string, object>
    {
        ["format"] = "jpeg",
        ["quality"] = _quality.JpegQuality,
        ["maxWidth"] = _quality.MaxWidth,
        ["maxHeight"] = _quality.MaxHeight,
        ["everyNthFrame"] = 1,
    });

    private void OnFrame(ICDPSession cdp, JsonElement? payload)
    {
        if (payload is not { } frame || !frame.TryGetProperty("data", out var data))
        {
            return;
        }

        // Chromium sends the next frame only after this one is acknowledged.
        _ = AckAsync(cdp, frame.GetProperty("sessionId").GetInt32());
        var jpeg = Convert.FromBase64String(data.GetString() ?? "");
        var wallMs = frame.TryGetProperty("metadata", out var metadata) && metadata.TryGetProperty("timestamp", out var stamp)
            ? stamp.GetDouble() * 1000
            : _clock.WallNowMs;
        var (width, height) = ImageSize.TryRead(jpeg) ?? (0, 0);
        var captured = new CapturedFrame(_clock.FromWall(wallMs), jpeg, width, height);
        _onEveryFrame?.Invoke(captured);
        Offer(captured, _clock.NowMs);
    }

    private void Offer(CapturedFrame frame, double nowMs)
    {
        CapturedFrame? live, stored;
        lock (_gate)
        {
            live = _live.Offer(frame, nowMs);
            stored = _stored.Offer(frame, nowMs);
        }

        Emit(live, stored);
    }

    private async Task ReleaseHeldAsync()
    {
        using var timer = new PeriodicTimer(TimeSpan.FromMilliseconds(100));
        try
        {
            while (await timer.WaitForNextTickAsync(_stop.Token))
            {
                CapturedFrame? live, stored;
                lock (_gate)
                {
                    var now = _clock.NowMs;
                    live = _live.Release(now);
                    stored = _stored.Release(now);
                }

                Emit(live, stored);
            }
        }
        catch (OperationCanceledException)
        {
            // Stopped.
        }
    }

    private void Emit(CapturedFrame? live, CapturedFrame? stored)
    {
        if (live is not null)
        {
            _onLive(live);
        }

        if (stored is not null && !CapReached)
        {
            _toStore.Writer.TryWrite(stored);
        }
    }

    private async Task WriteAsync()
    {
        await foreach (var frame in _toStore.Reader.ReadAllAsync())
        {
            if (StoredBytes + frame.Jpeg.Length > _caps.MaxStoredBytes)
            {
                Interlocked.Exchange(ref _storedBytes, _caps.MaxStoredBytes); // the cap is reached: store no more
                continue;
            }

            try
            {
                await _journal.SaveFrameAsync(new ScreenFrame(_sessionId, frame.TimeMs, frame.Width, frame.Height, frame.Jpeg), CancellationToken.None);
                Interlocked.Add(ref _storedBytes, frame.Jpeg.Length);
                Interlocked.Increment(ref _storedCount);
            }
            catch (Exception ex) when (ex is not OutOfMemoryException)
            {
                // A frame that cannot be written is skipped; the session (events, notes) must go on regardless.
                LastError = ex.Message;
            }
        }
    }

    private static async Task AckAsync(ICDPSession cdp, int frameSession)
    {
        try
        {
            await cdp.SendAsync("Page.screencastFrameAck", new Dictionary<string, object> { ["sessionId"] = frameSession });
        }
        catch (PlaywrightException)
        {
            // The page went away between the frame and its acknowledgement.
        }
    }

    private async Task StopCurrentAsync()
    {
        var cdp = _cdp;
        (_cdp, _page) = (null, null);
        if (cdp is null)
        {
            return;
        }

        try
        {
            await cdp.SendAsync("Page.stopScreencast");
            await cdp.DetachAsync();
        }
        catch (PlaywrightException)
        {
            // Already detached with its page.
        }
    }

    /// <summary>Stops the screencast, keeps the last held frame and writes what is queued.</summary>
    public async ValueTask DisposeAsync()
    {
        if (Interlocked.Exchange(ref _disposed, 1) == 1)
        {
            return;
        }

        await _stop.CancelAsync();
        await _switch.WaitAsync();
        try
        {
            await StopCurrentAsync();
        }
        finally
        {
            _switch.Release();
        }

        await _releaser;
        CapturedFrame? last;
        lock (_gate)
        {
            last = _stored.Release(double.PositiveInfinity);
        }

        Emit(null, last);
        _toStore.Writer.TryComplete();
        await _writer;
        _stop.Dispose();
    }
}
