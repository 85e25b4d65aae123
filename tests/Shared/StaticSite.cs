using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.StaticFiles;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.FileProviders;
using Microsoft.Extensions.Logging;

namespace UsabilityLab.Tests.Shared;

/// <summary>
/// Static web sites for tests, each on its own origin of one Kestrel server on 127.0.0.1: every sub-folder NAME of the
/// sites folder answers at <c>http://NAME.localhost:PORT/</c> (Chromium resolves <c>*.localhost</c> to loopback by
/// itself), so every app lives at the root of its origin with its own storage, as it would when deployed. Every
/// origin also serves a shared folder under a path prefix (the third-party code, e.g. <c>/node_modules/</c>).
/// Files only: no directory listings, nothing outside the folders (the file provider refuses <c>..</c> and dot-files).
/// </summary>
internal sealed class StaticSite : IAsyncDisposable
{
    private readonly WebApplication _app;

    private StaticSite(WebApplication app, int port, IReadOnlyList<string> sites, List<string> requests)
    {
        _app = app;
        Port = port;
        Sites = sites;
        Requests = requests;
    }

    /// <summary>The server's port on 127.0.0.1.</summary>
    public int Port { get; }

    /// <summary>The names of the sites served (the sites folder's sub-folders).</summary>
    public IReadOnlyList<string> Sites { get; }

    /// <summary>Requests answered, in order, as "METHOD host/path?query status" (for tests that look at what a page asked for); lock it to read.</summary>
    public List<string> Requests { get; }

    /// <summary>The root URL of site <paramref name="name"/>, with a trailing slash.</summary>
    public Uri SiteUrl(string name) =>
        Sites.Contains(name, StringComparer.Ordinal)
            ? new Uri($"http://{name}.localhost:{Port}/")
            : throw new ArgumentException($"no site '{name}'; the sites are {string.Join(", ", Sites)}", nameof(name));

    /// <summary>Starts serving each sub-folder of <paramref name="sitesFolder"/> on its own origin, and <paramref name="sharedFolder"/> under <paramref name="sharedPrefix"/> on all of them.</summary>
    /// <param name="sitesFolder">One sub-folder a site.</param>
    /// <param name="sharedFolder">Files every site serves (the third-party code).</param>
    /// <param name="sharedPrefix">Where they are served.</param>
    /// <param name="api">Adds what a site answers besides its files (a site name and its pipeline), before them.</param>
    public static async Task<StaticSite> StartAsync(string sitesFolder, string sharedFolder, string sharedPrefix, Action<string, IApplicationBuilder>? api = null)
    {
        var sites = Directory.GetDirectories(sitesFolder).Select(Path.GetFileName).OfType<string>().Order(StringComparer.Ordinal).ToList();
        var builder = WebApplication.CreateSlimBuilder(new WebApplicationOptions { Args = ["--hostBuilder:reloadConfigOnChange=false"] });
        builder.Logging.ClearProviders();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        var app = builder.Build();
        var requests = new List<string>();
        app.Use(async (context, next) =>
        {
            await next(context);
            lock (requests)
            {
                requests.Add($"{context.Request.Method} {context.Request.Host.Host}{context.Request.Path}{context.Request.QueryString} {context.Response.StatusCode}");
            }
        });
        app.UseStaticFiles(Files(new PhysicalFileProvider(Path.GetFullPath(sharedFolder)), sharedPrefix));
        foreach (var site in sites)
        {
            var files = new PhysicalFileProvider(Path.GetFullPath(Path.Combine(sitesFolder, site)));
            app.MapWhen(
                context => string.Equals(context.Request.Host.Host, $"{site}.localhost", StringComparison.OrdinalIgnoreCase),
                branch =>
                {
                    api?.Invoke(site, branch);
                    branch.UseDefaultFiles(new DefaultFilesOptions { FileProvider = files }).UseStaticFiles(Files(files, "")).Run(NotFound);
                });
        }

        app.Run(NotFound);
        await app.StartAsync();
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        return new StaticSite(app, new Uri(address).Port, sites, requests);
    }

    private static StaticFileOptions Files(IFileProvider files, string prefix) => new()
    {
        FileProvider = files,
        RequestPath = prefix,
        ContentTypeProvider = ContentTypes,
        // The browser asks again each time: a test that changes a page sees the change, and a 304 is still cheap.
        OnPrepareResponse = context => context.Context.Response.Headers.CacheControl = "no-cache",
    };

    private static FileExtensionContentTypeProvider ContentTypes { get; } = CreateContentTypes();

    private static FileExtensionContentTypeProvider CreateContentTypes()
    {
        var types = new FileExtensionContentTypeProvider();
        // Docs sites fetch their Markdown; modules may be .mjs. The defaults know neither as text.
        types.Mappings[".md"] = "text/markdown; charset=utf-8";
        types.Mappings[".mjs"] = "text/javascript";
        return types;
    }

    private static Task NotFound(HttpContext context)
    {
        context.Response.StatusCode = (int)HttpStatusCode.NotFound;
        return Task.CompletedTask;
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync(new CancellationTokenSource(TimeSpan.FromSeconds(5)).Token);
        await _app.DisposeAsync();
    }
}
