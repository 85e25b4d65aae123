namespace UsabilityLab.DemoSite.Catalog;

/// <summary>What a product's illustration draws; chosen per product, not per category (a poncho is no parka).</summary>
internal enum ProductKind
{
    Shoe,
    Jacket,
    Puffer,
    Poncho,
    Tent,
    Stove,
    SleepingBag,
    Headlamp,
}

/// <summary>Two colours that make one illustration look like a different product of the same kind.</summary>
internal sealed record Palette(string Main, string Accent);

/// <summary>A shop category. Slugs are part of the demo study's URLs and must not change.</summary>
internal sealed record Category(string Slug, string Name, string Tagline);

/// <summary>One product. Prices are whole US dollars, which keeps totals exact and easy to assert on.</summary>
internal sealed record Product(
    string Slug,
    string Name,
    decimal Price,
    Category Category,
    string Description,
    ProductKind Kind,
    Palette Palette,
    IReadOnlyList<string> Highlights)
{
    /// <summary>Shoes are the only products sold in sizes (EU 38–46).</summary>
    public bool HasSizes => Kind == ProductKind.Shoe;
}
