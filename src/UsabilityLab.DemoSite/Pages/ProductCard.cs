using UsabilityLab.DemoSite.Catalog;
using UsabilityLab.DemoSite.Markup;

namespace UsabilityLab.DemoSite.Pages;

/// <summary>
/// A product tile. Only the name is a link. The photo (<c>div.card-photo</c>) gets a hover lift and a magnifier
/// badge so it looks clickable, but it is not a link, has no handler, no role, no tabindex and keeps
/// <c>cursor: default</c> — trap 1 (dead clicks).
/// </summary>
internal static class ProductCard
{
    /// <summary>One card; <paramref name="headingTag"/> keeps the page's heading outline valid (h2 or h3).</summary>
    public static Html Render(Product product, string headingTag = "h3") =>
        Html.Of($"""
            <article class="card">
              <div class="card-photo">{ProductArt.Render(product)}<span class="zoom-hint">{Icons.Magnifier}</span></div>
              <div class="card-body">
                <{Html.Trusted(headingTag)} class="card-title"><a href="/product/{product.Slug}">{product.Name}</a></{Html.Trusted(headingTag)}>
                <p class="card-desc">{product.Description}</p>
                <p class="price">{Money.Format(product.Price)}</p>
              </div>
            </article>
            """);

    /// <summary>A responsive grid of cards.</summary>
    public static Html Grid(IEnumerable<Product> products, string headingTag = "h3") =>
        Html.Of($"""<div class="product-grid">{products.Select(p => Render(p, headingTag))}</div>""");
}
