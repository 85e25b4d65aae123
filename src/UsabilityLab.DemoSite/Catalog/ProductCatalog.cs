namespace UsabilityLab.DemoSite.Catalog;

/// <summary>
/// The fixed product list. Slugs, names, prices and categories are referenced by the demo study and tests,
/// so they are constants here rather than data that could drift.
/// </summary>
internal static class ProductCatalog
{
    public static readonly Category Shoes = new("shoes", "Shoes", "Trail, hiking and everyday footwear, fitted for long days out.");
    public static readonly Category Jackets = new("jackets", "Jackets", "Shells, insulation and rainwear for every kind of weather.");
    public static readonly Category Camping = new("camping", "Camping", "Light, reliable kit for nights under the stars.");

    /// <summary>Categories in navigation order.</summary>
    public static IReadOnlyList<Category> Categories { get; } = [Shoes, Jackets, Camping];

    /// <summary>All products in catalog order.</summary>
    public static IReadOnlyList<Product> Products { get; } =
    [
        new("trail-runner", "Trail Runner", 89m, Shoes,
            "A nimble, cushioned trail shoe with a grippy lugged outsole for fast miles on dirt and gravel.",
            ProductKind.Shoe, new("#e4572e", "#2d3142"), ["Lugged rubber outsole", "Breathable mesh upper", "8 mm drop"]),
        new("peak-hiker", "Peak Hiker", 149m, Shoes,
            "A supportive, waterproof mid-cut hiking boot for rocky ground and heavy packs.",
            ProductKind.Shoe, new("#8c5a3c", "#f2c14e"), ["Waterproof membrane", "Ankle support", "Deep-lug rubber sole"]),
        new("road-racer", "Road Racer", 119m, Shoes,
            "A light, springy running shoe for tempo runs and race day on the road.",
            ProductKind.Shoe, new("#2f80ed", "#f2f2f2"), ["Responsive foam", "Knit upper", "Only 230 g"]),
        new("city-walker", "City Walker", 69m, Shoes,
            "A comfortable everyday walking shoe with a soft footbed and a clean look.",
            ProductKind.Shoe, new("#4f4f4f", "#bdbdbd"), ["Soft cushioned footbed", "Leather-look upper", "Non-marking sole"]),
        new("storm-shell", "Storm Shell", 199m, Jackets,
            "A fully waterproof, breathable three-layer shell jacket with a helmet-compatible hood.",
            ProductKind.Jacket, new("#1b998b", "#0b4f47"), ["3-layer waterproof fabric", "Pit zips", "Helmet-compatible hood"]),
        new("down-puffer", "Down Puffer", 229m, Jackets,
            "A warm, packable down jacket that stuffs into its own pocket for cold camps and winter city days.",
            ProductKind.Puffer, new("#c0392b", "#7b241c"), ["700-fill responsibly sourced down", "Packs into its pocket", "Water-repellent finish"]),
        new("rain-poncho", "Rain Poncho", 39m, Jackets,
            "A roomy rain poncho that covers you and your backpack, and doubles as an emergency tarp.",
            ProductKind.Poncho, new("#f4d35e", "#b08d1a"), ["Covers a 40 L pack", "Doubles as a tarp", "Weighs 280 g"]),
        new("ultralight-tent", "Ultralight Tent", 349m, Camping,
            "A two-person, double-wall tent that pitches in minutes and weighs just over a kilogram.",
            ProductKind.Tent, new("#27ae60", "#145a32"), ["Sleeps two", "1.1 kg packed", "Freestanding"]),
        new("trail-stove", "Trail Stove", 59m, Camping,
            "A compact canister stove that boils a litre of water in about three minutes.",
            ProductKind.Stove, new("#7f8c8d", "#e67e22"), ["Boils 1 L in 3 min", "Piezo ignition", "Folds to pocket size"]),
        new("sleeping-bag", "Sleeping Bag", 129m, Camping,
            "A three-season mummy sleeping bag, comfortable down to −5 °C, with a cosy draft collar.",
            ProductKind.SleepingBag, new("#34495e", "#5dade2"), ["Comfort −5 °C", "Draft collar", "Compression sack included"]),
        new("headlamp", "Headlamp", 29m, Camping,
            "A bright, rechargeable 350-lumen headlamp with a red night mode that keeps your night vision.",
            ProductKind.Headlamp, new("#e74c3c", "#2c3e50"), ["350 lumens", "USB-C rechargeable", "Red night mode"]),
    ];

    /// <summary>Products shown on the home page.</summary>
    public static IReadOnlyList<Product> Featured { get; } =
        [.. new[] { "trail-runner", "storm-shell", "ultralight-tent", "peak-hiker", "down-puffer", "headlamp" }.Select(s => FindProduct(s)!)];

    /// <summary>The product with this slug, or null.</summary>
    public static Product? FindProduct(string? slug) =>
        Products.FirstOrDefault(p => string.Equals(p.Slug, slug, StringComparison.Ordinal));

    /// <summary>The category with this slug, or null.</summary>
    public static Category? FindCategory(string? slug) =>
        Categories.FirstOrDefault(c => string.Equals(c.Slug, slug, StringComparison.Ordinal));

    /// <summary>Products of one category, in catalog order.</summary>
    public static IReadOnlyList<Product> InCategory(Category category) =>
        [.. Products.Where(p => p.Category == category)];

    /// <summary>Case-insensitive substring match on name, description and category name.</summary>
    public static IReadOnlyList<Product> Search(string query)
    {
        var q = query.Trim();
        return q.Length == 0
            ? []
            : [.. Products.Where(p =>
                p.Name.Contains(q, StringComparison.OrdinalIgnoreCase)
                || p.Description.Contains(q, StringComparison.OrdinalIgnoreCase)
                || p.Category.Name.Contains(q, StringComparison.OrdinalIgnoreCase))];
    }
}
