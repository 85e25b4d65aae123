namespace UsabilityLab.DemoSite.Shopping;

/// <summary>A delivery choice on the checkout page.</summary>
internal sealed record ShippingOption(string Value, string Label, decimal Price, string Detail)
{
    /// <summary>The choices, cheapest first; the first one is the default.</summary>
    public static IReadOnlyList<ShippingOption> All { get; } =
    [
        new("standard", "Standard delivery", 0m, "Free · arrives in 5–7 business days. Tracked, left in a safe place if you are out."),
        new("express", "Express delivery", 14.95m, "Arrives in 2–3 business days. Tracked, signature on delivery."),
        new("next-day", "Next-day delivery", 29.95m, "Order before 2 pm for delivery the next business day (mainland addresses only)."),
    ];

    /// <summary>The option with this value, falling back to standard delivery.</summary>
    public static ShippingOption Find(string? value) =>
        All.FirstOrDefault(o => string.Equals(o.Value, value, StringComparison.Ordinal)) ?? All[0];
}
