using Microsoft.Playwright;

namespace UsabilityLab.Recording.Runner;

/// <summary>
/// A participant's browser context, closed when the session ends. A browser that is gone (a crash, a browser server
/// that stopped) took the context with it: there is nothing left to close, and the session's end is stored already.
/// </summary>
internal sealed class OwnedContext(IBrowserContext context) : IAsyncDisposable
{
    public async ValueTask DisposeAsync()
    {
        try
        {
            await context.CloseAsync();
        }
        catch (PlaywrightException) when (context.Browser is { IsConnected: false })
        {
            // Gone with its browser.
        }
    }
}
