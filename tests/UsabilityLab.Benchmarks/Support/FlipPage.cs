using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using UsabilityLab.Hosting;

namespace UsabilityLab.Benchmarks.Support;

/// <summary>
/// The remote-stream benchmarks' page under test (Pages/remote-latency-flip.html: each press flips the whole page
/// between white and black), on its own loopback server: the lab's participant browser is a real browser that loads
/// it over HTTP.
/// </summary>
internal sealed class FlipPage : IAsyncDisposable
{
    private readonly WebApplication _app;

    private FlipPage(WebApplication app, Uri url)
    {
        _app = app;
        Url = url;
    }

    public Uri Url { get; }

    public static async Task<FlipPage> StartAsync(CancellationToken ct)
    {
        var html = BenchPages.Read("remote-latency-flip.html");
        var app = LoopbackHost.CreateBuilder(typeof(FlipPage), 0, TimeSpan.FromSeconds(1)).Build();
        app.MapGet("/", () => Results.Content(html, "text/html; charset=utf-8"));
        return new FlipPage(app, await LoopbackHost.StartAsync(app, ct));
    }

    public async ValueTask DisposeAsync() => await LoopbackHost.StopAsync(_app, TimeSpan.FromSeconds(1));
}
