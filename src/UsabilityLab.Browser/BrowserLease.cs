namespace UsabilityLab.Browser;

/// <summary>One participant's turn in a browser of a <see cref="BrowserPool"/>; disposing it frees the place.</summary>
public sealed class BrowserLease : IAsyncDisposable
{
    private readonly BrowserPool _pool;
    private readonly BrowserPool.Member _member;
    private int _released;

    internal BrowserLease(BrowserPool pool, BrowserPool.Member member, LabBrowser browser)
    {
        _pool = pool;
        _member = member;
        Browser = browser;
    }

    /// <summary>The browser to open the participant's context in.</summary>
    public LabBrowser Browser { get; }

    /// <summary>
    /// Whether the browser is gone (a local Chromium that died, a browser server that stopped or became unreachable):
    /// what the participant did in it until then is recorded, and what is left of the participant can go on in another.
    /// </summary>
    public bool Lost => !Browser.Browser.IsConnected;

    /// <inheritdoc />
    public async ValueTask DisposeAsync()
    {
        if (Interlocked.Exchange(ref _released, 1) == 0)
        {
            await _pool.ReleaseAsync(_member, Browser);
        }
    }
}
