using UsabilityLab.DemoSite.Catalog;
using UsabilityLab.DemoSite.Forms;
using UsabilityLab.DemoSite.Markup;

namespace UsabilityLab.DemoSite.Pages;

/// <summary>
/// A product page. The large photo <c>div#product-photo</c> is trap 1 (dead clicks): it has a magnifier badge
/// and a hover lift like a zoomable gallery, but nothing happens on click.
/// </summary>
internal static class ProductPage
{
    /// <summary>EU shoe sizes offered in the size select.</summary>
    public static IReadOnlyList<string> Sizes { get; } = ["38", "39", "40", "41", "42", "43", "44", "45", "46"];

    /// <summary>
    /// Renders the page. <paramref name="added"/> shows the "Added to cart" notice; <paramref name="sizeError"/>
    /// is the validation message after posting a shoe without a size.
    /// </summary>
    public static Html Render(PageContext context, Product product, bool added = false, string? selectedSize = null, string? sizeError = null)
    {
        var notice = Html.When(added, Html.Of($"""
            <div class="notice notice-success">{Icons.Check}<div id="added-notice" role="status">Added to cart</div><a class="notice-link" href="/cart">View cart</a></div>
            """));
        var main = Html.Of($"""
            <div class="product-layout">
              <div id="product-photo" class="product-photo">{ProductArt.Render(product)}<span class="zoom-hint">{Icons.Magnifier}</span></div>
              <div class="product-info">
                <p class="eyebrow">{product.Category.Name}</p>
                <h1>{product.Name}</h1>
                <p class="product-price">{Money.Format(product.Price)}</p>
                <p class="product-desc">{product.Description}</p>
                {notice}
                <form class="buy-form" method="post" action="/cart/add" novalidate>
                  <input type="hidden" name="slug" value="{product.Slug}">
                  {Html.When(product.HasSizes, SizeField(selectedSize, sizeError))}
                  <button id="add-to-cart" type="submit" class="btn btn-primary btn-lg">Add to cart</button>
                </form>
                <ul class="highlights">{product.Highlights.Select(h => Html.Of($"<li>{h}</li>"))}</ul>
                <p class="perks">Free standard delivery · Hassle-free returns</p>
              </div>
            </div>
            """);
        return Layout.Page(context, product.Name, main, pageClass: "page-product");
    }

    private static Html SizeField(string? selected, string? error)
    {
        var options = Sizes.Select(size => size == selected
            ? Html.Of($"""<option value="{size}" selected>{size}</option>""")
            : Html.Of($"""<option value="{size}">{size}</option>"""));
        return Html.Of($"""
            <div class="{(error is null ? "field" : "field has-error")}">
              <div class="label-row">
                <label for="size">Size (EU)</label>
                <a id="size-guide" href="/size-guide" target="_blank" rel="noopener">Size guide</a>
              </div>
              <select id="size" name="size" {FormField.Described("size", error, null)}>
                <option value="">Choose size</option>
                {options}
              </select>
              {FormField.Error("size", error)}
            </div>
            """);
    }
}
