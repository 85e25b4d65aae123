using UsabilityLab.DemoSite.Catalog;

namespace UsabilityLab.DemoSite.Tests.Catalog;

public sealed class ProductCatalogTests
{
    // Study files and the runner refer to these exact slugs, names, prices and categories.
    [Theory]
    [InlineData("trail-runner", "Trail Runner", 89, "shoes")]
    [InlineData("peak-hiker", "Peak Hiker", 149, "shoes")]
    [InlineData("road-racer", "Road Racer", 119, "shoes")]
    [InlineData("city-walker", "City Walker", 69, "shoes")]
    [InlineData("storm-shell", "Storm Shell", 199, "jackets")]
    [InlineData("down-puffer", "Down Puffer", 229, "jackets")]
    [InlineData("rain-poncho", "Rain Poncho", 39, "jackets")]
    [InlineData("ultralight-tent", "Ultralight Tent", 349, "camping")]
    [InlineData("trail-stove", "Trail Stove", 59, "camping")]
    [InlineData("sleeping-bag", "Sleeping Bag", 129, "camping")]
    [InlineData("headlamp", "Headlamp", 29, "camping")]
    public void FindProduct_KnownSlug_HasContractedNamePriceAndCategory(string slug, string name, int price, string category)
    {
        var product = ProductCatalog.FindProduct(slug);

        Assert.NotNull(product);
        Assert.Equal(name, product.Name);
        Assert.Equal(price, product.Price);
        Assert.Equal(category, product.Category.Slug);
        Assert.Equal(category == "shoes", product.HasSizes);
    }

    [Fact]
    public void Products_All_AreElevenWithUniqueSlugs()
    {
        Assert.Equal(11, ProductCatalog.Products.Count);
        Assert.Equal(11, ProductCatalog.Products.Select(p => p.Slug).Distinct().Count());
    }

    [Fact]
    public void Search_Whitespace_FindsNothing() => Assert.Empty(ProductCatalog.Search("   "));

    [Fact]
    public void Search_CategoryName_FindsWholeCategory() =>
        Assert.Equal(4, ProductCatalog.Search("camping").Count);

    [Fact]
    public void Render_EveryProduct_ProducesIdFreeSvg()
    {
        foreach (var product in ProductCatalog.Products)
        {
            var svg = ProductArt.Render(product).ToString();

            Assert.StartsWith("<svg class=\"product-art\"", svg, StringComparison.Ordinal);
            Assert.Contains($"aria-label=\"{product.Name}\"", svg, StringComparison.Ordinal);
            Assert.Contains("<path", svg, StringComparison.Ordinal);
            Assert.DoesNotContain(" id=", svg, StringComparison.Ordinal);
        }
    }
}
