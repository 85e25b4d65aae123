using System.Globalization;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using UsabilityLab.DemoSite.Catalog;
using UsabilityLab.DemoSite.Forms;
using UsabilityLab.DemoSite.Markup;
using UsabilityLab.DemoSite.Pages;
using UsabilityLab.DemoSite.Shopping;

namespace UsabilityLab.DemoSite.Endpoints;

/// <summary>The cart page and the three cart actions (add, remove a line, empty), each POST → 303.</summary>
internal static class CartEndpoints
{
    public static void Map(IEndpointRouteBuilder app)
    {
        app.MapGet("/cart", (HttpContext context, CartStore carts) =>
            HtmlResult.Page(CartPage.Render(PageContext.For(context, carts), carts.Find(context.Request)?.Lines ?? [])));

        app.MapPost("/cart/add", async (HttpContext context, CartStore carts) =>
        {
            var form = await FormReader.ReadAsync(context.Request);
            if (ProductCatalog.FindProduct(form.Text("slug")) is not { } product)
            {
                return ShopEndpoints.NotFound(context, carts);
            }

            string? size = null;
            if (product.HasSizes)
            {
                size = form.Text("size");
                if (!ProductPage.Sizes.Contains(size))
                {
                    // Re-render in place (200) rather than redirect, so the message and aria-invalid land on
                    // the page the participant is looking at.
                    var page = ProductPage.Render(PageContext.For(context, carts), product, sizeError: "Please choose a size.");
                    return HtmlResult.Page(page);
                }
            }

            carts.GetOrCreate(context).Add(product, size);
            return HtmlResult.SeeOther($"/product/{product.Slug}?added=1");
        });

        app.MapPost("/cart/remove", async (HttpContext context, CartStore carts) =>
        {
            var form = await FormReader.ReadAsync(context.Request);
            if (int.TryParse(form.Text("line"), NumberStyles.None, CultureInfo.InvariantCulture, out var lineId))
            {
                carts.Find(context.Request)?.Remove(lineId);
            }

            return HtmlResult.SeeOther("/cart");
        });

        app.MapPost("/cart/clear", (HttpContext context, CartStore carts) =>
        {
            carts.Find(context.Request)?.Clear();
            return HtmlResult.SeeOther("/cart");
        });

        // A reload or a history entry can land on an action URL with GET; send people somewhere useful
        // instead of a bare 405.
        // (Plain routes, not a regex constraint: the slim builder leaves regex constraints out.)
        foreach (var action in new[] { "/cart/add", "/cart/remove", "/cart/clear" })
        {
            app.MapGet(action, () => HtmlResult.SeeOther("/cart"));
        }
    }
}
