using Microsoft.AspNetCore.Http;
using UsabilityLab.DemoSite.Shopping;

namespace UsabilityLab.DemoSite.Pages;

/// <summary>What the shared layout needs to know about the request: cart badge, active nav item, search box text.</summary>
internal sealed record PageContext(int CartCount, string Path, string SearchQuery)
{
    /// <summary>Builds the context for the current request.</summary>
    public static PageContext For(HttpContext context, CartStore carts, string searchQuery = "") =>
        new(carts.CountFor(context.Request), context.Request.Path.Value ?? "/", searchQuery);
}
