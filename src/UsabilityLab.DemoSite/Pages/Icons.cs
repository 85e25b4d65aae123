using UsabilityLab.DemoSite.Markup;

namespace UsabilityLab.DemoSite.Pages;

/// <summary>Inline SVG icons (no icon font, no external files). All decorative, so hidden from assistive tech.</summary>
internal static class Icons
{
    /// <summary>The brand mark: two peaks.</summary>
    public static Html Logo { get; } = Html.Trusted(
        """<svg class="logo-mark" viewBox="0 0 32 32" aria-hidden="true"><rect width="32" height="32" rx="8" fill="#1d5c4a"/><path d="M4 25 L13 10 L18 18 L21 14 L28 25 Z" fill="#fff"/><path d="M13 10 L15.5 14 L13.6 13.2 L11.6 14.6 Z" fill="#9ad1bd"/></svg>""");

    /// <summary>The magnifier badge on product photos — it promises a zoom that does not exist (dead-click trap).</summary>
    public static Html Magnifier { get; } = Html.Trusted(
        """<svg viewBox="0 0 24 24" aria-hidden="true"><circle cx="10.5" cy="10.5" r="6" fill="none" stroke="currentColor" stroke-width="2.2"/><path d="M15 15 L20 20 M8 10.5 H13 M10.5 8 V13" stroke="currentColor" stroke-width="2.2" stroke-linecap="round"/></svg>""");

    /// <summary>Shopping bag for the cart link.</summary>
    public static Html Bag { get; } = Html.Trusted(
        """<svg viewBox="0 0 24 24" aria-hidden="true"><path d="M5 8 H19 L18 21 H6 Z" fill="none" stroke="currentColor" stroke-width="2" stroke-linejoin="round"/><path d="M9 8 V6.5 A3 3 0 0 1 15 6.5 V8" fill="none" stroke="currentColor" stroke-width="2"/></svg>""");

    /// <summary>A tick for success notices.</summary>
    public static Html Check { get; } = Html.Trusted(
        """<svg viewBox="0 0 24 24" aria-hidden="true"><path d="M5 12.5 L10 17.5 L19 7.5" fill="none" stroke="currentColor" stroke-width="2.6" stroke-linecap="round" stroke-linejoin="round"/></svg>""");

    /// <summary>
    /// The favicon as a data URL, so the browser never requests /favicon.ico (a 404 there would show up as a
    /// failed request in every recording).
    /// </summary>
    public const string FaviconDataUrl =
        "data:image/svg+xml,%3Csvg xmlns='http://www.w3.org/2000/svg' viewBox='0 0 32 32'%3E%3Crect width='32' height='32' rx='8' fill='%231d5c4a'/%3E%3Cpath d='M4 25 L13 10 L18 18 L21 14 L28 25 Z' fill='%23fff'/%3E%3C/svg%3E";

    /// <summary>The same mark as a standalone SVG document, served at /favicon.ico for clients that ask anyway.</summary>
    public const string FaviconSvg =
        "<svg xmlns='http://www.w3.org/2000/svg' viewBox='0 0 32 32'><rect width='32' height='32' rx='8' fill='#1d5c4a'/><path d='M4 25 L13 10 L18 18 L21 14 L28 25 Z' fill='#fff'/></svg>";
}
