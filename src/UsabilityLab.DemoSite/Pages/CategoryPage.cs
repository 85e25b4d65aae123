using System.Globalization;
using UsabilityLab.DemoSite.Catalog;
using UsabilityLab.DemoSite.Markup;

namespace UsabilityLab.DemoSite.Pages;

/// <summary>A category listing: heading, product count and the card grid, with the promo banner above.</summary>
internal static class CategoryPage
{
    /// <summary>Renders the page for <paramref name="category"/>.</summary>
    public static Html Render(PageContext context, Category category)
    {
        var products = ProductCatalog.InCategory(category);
        var count = products.Count.ToString(CultureInfo.InvariantCulture) + (products.Count == 1 ? " product" : " products");
        var main = Html.Of($"""
            <div class="page-head">
              <h1>{category.Name}</h1>
              <p class="lead">{category.Tagline}</p>
              <p class="muted">{count}</p>
            </div>
            {ProductCard.Grid(products, "h2")}
            """);
        return Layout.Page(context, category.Name, main, showPromo: true, pageClass: "page-category");
    }
}
