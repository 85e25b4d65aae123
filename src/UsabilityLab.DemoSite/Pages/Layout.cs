using UsabilityLab.DemoSite.Markup;

namespace UsabilityLab.DemoSite.Pages;

/// <summary>
/// The page shell every page shares: header (logo, search, cart badge), main navigation, optional promo banner,
/// footer, the stylesheet and the one site script. Link texts here are referenced by study files; a nav text
/// must not be repeated by another link on the page, or text-based selectors would match twice.
/// </summary>
internal static class Layout
{
    private static readonly (string Href, string Text)[] NavItems =
    [
        ("/category/shoes", "Shoes"),
        ("/category/jackets", "Jackets"),
        ("/category/camping", "Camping"),
        // Trap 4 (quick back): the label promises returns, the page is the gear workshop.
        ("/service", "Returns & Service"),
        ("/help", "Help"),
    ];

    /// <summary>A full HTML document titled "{title} – Summit Outfitters".</summary>
    public static Html Page(PageContext context, string title, Html main, bool showPromo = false, string pageClass = "") =>
        Html.Of($"""
            <!doctype html>
            <html lang="en">
            <head>
            <meta charset="utf-8">
            <meta name="viewport" content="width=device-width, initial-scale=1">
            <title>{title} – Summit Outfitters</title>
            <link rel="icon" href="{FaviconHref}">
            <link rel="stylesheet" href="/assets/site.css">
            </head>
            <body class="{pageClass}">
            <a class="skip-link" href="#main">Skip to content</a>
            {Header(context)}
            {Html.When(showPromo, PromoBanner.Render())}
            <main id="main" class="container page">
            {main}
            </main>
            {Footer()}
            <script src="/assets/site.js"></script>
            </body>
            </html>
            """);

    // The data: URL is our own constant; trusting it keeps its quotes readable instead of &#39;-encoded.
    private static Html FaviconHref { get; } = Html.Trusted(Icons.FaviconDataUrl);

    private static Html Header(PageContext context)
    {
        var nav = NavItems.Select(item => IsCurrent(context.Path, item.Href)
            ? Html.Of($"""<a href="{item.Href}" aria-current="page">{item.Text}</a>""")
            : Html.Of($"""<a href="{item.Href}">{item.Text}</a>"""));
        return Html.Of($"""
            <header class="site-header">
              <div class="container header-bar">
                <a class="logo" href="/">{Icons.Logo}<span>Summit Outfitters</span></a>
                <form class="site-search" role="search" method="get" action="/search">
                  <label for="search" class="visually-hidden">Search products</label>
                  <input id="search" name="q" type="search" placeholder="Search tents, jackets, shoes…" value="{context.SearchQuery}" autocomplete="off">
                  <button type="submit">Search</button>
                </form>
                <a class="cart-link" href="/cart">{Icons.Bag}<span class="cart-label">Cart</span><span id="cart-count" class="badge">{context.CartCount}</span></a>
              </div>
              <nav class="main-nav" aria-label="Main"><div class="container">{nav}</div></nav>
            </header>
            """);
    }

    private static Html Footer() => Html.Trusted(
        """
        <footer class="site-footer">
          <div class="container footer-grid">
            <div>
              <p class="footer-brand">Summit Outfitters</p>
              <p>Outdoor gear tested on real trails since 1998. Family-run, independent, and happy to help you choose.</p>
            </div>
            <div>
              <p class="footer-heading">Customer care</p>
              <ul>
                <li><a href="/help#returns">Returns policy</a></li>
                <li><a href="/help#shipping">Shipping &amp; delivery</a></li>
                <li><a href="/help#contact">Contact</a></li>
              </ul>
            </div>
            <div>
              <p class="footer-heading">Visit us</p>
              <p>14 Alpine Road, Boulder, CO 80302<br>Mon–Sat 9:00–18:00</p>
            </div>
          </div>
          <div class="container footer-note">© Summit Outfitters · A demo shop bundled with UsabilityLab. No real orders are placed and no payments are taken.</div>
        </footer>
        """);

    private static bool IsCurrent(string path, string href) =>
        path.Equals(href, StringComparison.OrdinalIgnoreCase)
        || path.StartsWith(href + "/", StringComparison.OrdinalIgnoreCase);
}
