using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace UsabilityLab.Tests.Shared;

/// <summary>
/// A web site for tests on 127.0.0.1 and a free port: fixed pages by path, and paths that answer as the test says
/// (slowly, never, with a status). Kestrel, as the lab's own hosts, so what the browser sees is a real server.
/// </summary>
internal sealed class LoopbackSite : IAsyncDisposable
{
    private readonly WebApplication _app;

    private LoopbackSite(WebApplication app, Uri baseUrl)
    {
        _app = app;
        BaseUrl = baseUrl;
    }

    /// <summary>The site's root, with a trailing slash.</summary>
    public Uri BaseUrl { get; }

    /// <summary>Requests seen, in order, as "METHOD /path?query" (for tests that count what the page asked for).</summary>
    public List<string> Requests { get; } = [];

    /// <summary>Starts a site serving <paramref name="pages"/> (path → HTML) and <paramref name="handlers"/> (path → handler).</summary>
    public static async Task<LoopbackSite> StartAsync(IReadOnlyDictionary<string, string> pages, IReadOnlyDictionary<string, RequestDelegate>? handlers = null)
    {
        var builder = WebApplication.CreateSlimBuilder(new WebApplicationOptions { Args = ["--hostBuilder:reloadConfigOnChange=false"] });
        builder.Logging.ClearProviders();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        var app = builder.Build();
        var site = default(LoopbackSite);
        app.Use(async (context, next) =>
        {
            lock (site!.Requests)
            {
                site.Requests.Add($"{context.Request.Method} {context.Request.Path}{context.Request.QueryString}");
            }

            await next(context);
        });
        foreach (var (path, html) in pages)
        {
            app.MapGet(path, () => Results.Content(html, "text/html; charset=utf-8"));
        }

        foreach (var (path, handler) in handlers ?? new Dictionary<string, RequestDelegate>())
        {
            app.Map(path, handler);
        }

        app.MapFallback(context =>
        {
            context.Response.StatusCode = (int)HttpStatusCode.NotFound;
            return Task.CompletedTask;
        });
        await app.StartAsync();
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        site = new LoopbackSite(app, new Uri(address.TrimEnd('/') + "/"));
        return site;
    }

    /// <summary>A handler that never answers: the connection stays open, no status line ever comes.</summary>
    public static RequestDelegate NeverAnswers { get; } = async context =>
    {
        try
        {
            await Task.Delay(Timeout.Infinite, context.RequestAborted);
        }
        catch (OperationCanceledException)
        {
            // The browser gave up (or the site stops).
        }
    };

    /// <summary>The absolute URL of <paramref name="path"/>.</summary>
    public Uri Url(string path) => new(BaseUrl, path);

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync(new CancellationTokenSource(TimeSpan.FromSeconds(5)).Token);
        await _app.DisposeAsync();
    }
}
