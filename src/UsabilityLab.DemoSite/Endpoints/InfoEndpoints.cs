using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using UsabilityLab.DemoSite.Forms;
using UsabilityLab.DemoSite.Markup;
using UsabilityLab.DemoSite.Pages;
using UsabilityLab.DemoSite.Shopping;

namespace UsabilityLab.DemoSite.Endpoints;

/// <summary>Help &amp; contact, the workshop page behind the misleading "Returns &amp; Service" label, and the 404 fallback.</summary>
internal static class InfoEndpoints
{
    public static void Map(IEndpointRouteBuilder app)
    {
        app.MapGet("/help", (string? sent, HttpContext context, CartStore carts) =>
            HtmlResult.Page(HelpPage.Render(PageContext.For(context, carts), ContactForm.Blank, FormErrors.None, sent: sent == "1")));

        app.MapPost("/help/contact", async (HttpContext context, CartStore carts) =>
        {
            var form = ContactForm.From(await FormReader.ReadAsync(context.Request));
            var errors = form.Validate();
            return errors.IsEmpty
                ? HtmlResult.SeeOther("/help?sent=1#contact")
                : HtmlResult.Page(HelpPage.Render(PageContext.For(context, carts), form, errors));
        });

        app.MapGet("/help/contact", () => HtmlResult.SeeOther("/help#contact"));

        app.MapGet("/service", (HttpContext context, CartStore carts) =>
            HtmlResult.Page(ServicePage.Render(PageContext.For(context, carts))));

        // Anything else, with any method: the styled 404 page.
        app.MapFallback((HttpContext context, CartStore carts) => ShopEndpoints.NotFound(context, carts));
    }
}
