using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using UsabilityLab.DemoSite.Catalog;
using UsabilityLab.DemoSite.Markup;
using UsabilityLab.DemoSite.Pages;
using UsabilityLab.DemoSite.Shopping;

namespace UsabilityLab.DemoSite.Endpoints;

/// <summary>Browsing: home, categories, product pages, size guide and search.</summary>
internal static class ShopEndpoints
{
    public static void Map(IEndpointRouteBuilder app)
    {
        app.MapGet("/", (HttpContext context, CartStore carts) =>
            HtmlResult.Page(HomePage.Render(PageContext.For(context, carts))));

        app.MapGet("/category/{slug}", (string slug, HttpContext context, CartStore carts) =>
            ProductCatalog.FindCategory(slug) is { } category
                ? HtmlResult.Page(CategoryPage.Render(PageContext.For(context, carts), category))
                : NotFound(context, carts));

        app.MapGet("/product/{slug}", (string slug, string? added, HttpContext context, CartStore carts) =>
            ProductCatalog.FindProduct(slug) is { } product
                ? HtmlResult.Page(ProductPage.Render(PageContext.For(context, carts), product, added: added == "1"))
                : NotFound(context, carts));

        app.MapGet("/size-guide", (HttpContext context, CartStore carts) =>
            HtmlResult.Page(SizeGuidePage.Render(PageContext.For(context, carts))));

        app.MapGet("/search", async (string? q, HttpContext context, CartStore carts, DemoSiteOptions options) =>
        {
            var query = (q ?? string.Empty).Trim();
            if (query.Length > 0 && options.SearchDelay > TimeSpan.Zero)
            {
                // Trap 5 (slow search): every real search takes this long, so participants wait, wonder
                // whether their click registered, and often click Search again.
                await Task.Delay(options.SearchDelay, options.Time, context.RequestAborted);
            }

            var results = ProductCatalog.Search(query);
            return HtmlResult.Page(SearchPage.Render(PageContext.For(context, carts), query, results));
        });
    }

    /// <summary>The styled 404 page, shared by every endpoint that can't find what the URL names.</summary>
    public static IResult NotFound(HttpContext context, CartStore carts) =>
        HtmlResult.Page(NotFoundPage.Render(PageContext.For(context, carts)), StatusCodes.Status404NotFound);
}
