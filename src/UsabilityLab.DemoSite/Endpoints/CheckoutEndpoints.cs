using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using UsabilityLab.DemoSite.Forms;
using UsabilityLab.DemoSite.Markup;
using UsabilityLab.DemoSite.Pages;
using UsabilityLab.DemoSite.Shopping;

namespace UsabilityLab.DemoSite.Endpoints;

/// <summary>Checkout (GET form, POST validate → 303 to the confirmation) and the order confirmation page.</summary>
internal static class CheckoutEndpoints
{
    public static void Map(IEndpointRouteBuilder app)
    {
        app.MapGet("/checkout", (HttpContext context, CartStore carts) =>
            HtmlResult.Page(CheckoutPage.Render(
                PageContext.For(context, carts), carts.Find(context.Request)?.Lines ?? [], CheckoutForm.Blank, FormErrors.None)));

        app.MapPost("/checkout", async (HttpContext context, CartStore carts, OrderStore orders) =>
        {
            var form = CheckoutForm.From(await FormReader.ReadAsync(context.Request));
            var errors = form.Validate();
            var cart = carts.Find(context.Request);
            var lines = cart?.Lines ?? [];
            if (!errors.IsEmpty || lines.Count == 0)
            {
                // Card number and password are dropped before re-rendering: never echo secrets into a page.
                var formError = lines.Count == 0 && errors.IsEmpty ? "Your cart is empty. Add something before placing an order." : null;
                return HtmlResult.Page(CheckoutPage.Render(PageContext.For(context, carts), lines, form.WithoutSecrets(), errors, formError));
            }

            var taken = cart!.TakeAll();
            if (taken.Count == 0)
            {
                // A parallel submit already placed this order; show the (now empty) cart instead of a second order.
                return HtmlResult.SeeOther("/cart");
            }

            var order = orders.Place(form.Name, form.Email, taken, ShippingOption.Find(form.Shipping));
            return HtmlResult.SeeOther("/order/" + order.Number);
        });

        app.MapGet("/order/{number}", (string number, HttpContext context, CartStore carts, OrderStore orders) =>
            orders.Find(number) is { } order
                ? HtmlResult.Page(OrderPage.Render(PageContext.For(context, carts), order))
                : ShopEndpoints.NotFound(context, carts));
    }
}
