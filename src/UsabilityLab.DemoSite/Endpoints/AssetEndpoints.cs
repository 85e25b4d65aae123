using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using UsabilityLab.DemoSite.Hosting;
using UsabilityLab.DemoSite.Pages;

namespace UsabilityLab.DemoSite.Endpoints;

/// <summary>The stylesheet, the site script, the favicon and the health probe.</summary>
internal static class AssetEndpoints
{
    public static void Map(IEndpointRouteBuilder app)
    {
        app.MapGet("/assets/site.css", (HttpContext context, SiteAssets assets) => Asset(context, assets.Stylesheet, "text/css; charset=utf-8"));
        app.MapGet("/assets/site.js", (HttpContext context, SiteAssets assets) => Asset(context, assets.Script, "text/javascript; charset=utf-8"));

        // Pages point at a data: URL favicon, but some clients request /favicon.ico regardless; a 404 there
        // would pollute recordings with a failed request.
        app.MapGet("/favicon.ico", () => Results.Text(Icons.FaviconSvg, "image/svg+xml"));

        // Used by the CLI and CI to know the site is up.
        app.MapGet("/health", () => Results.Text("ok", "text/plain"));
    }

    private static IResult Asset(HttpContext context, byte[] content, string contentType)
    {
        // Always revalidate: the files are tiny, and a stale cached script would make a trap silently disappear.
        context.Response.Headers.CacheControl = "no-cache";
        return Results.Bytes(content, contentType);
    }
}
