using UsabilityLab.DemoSite.Catalog;
using UsabilityLab.DemoSite.Markup;

namespace UsabilityLab.DemoSite.Pages;

/// <summary>The home page: hero, promo banner, featured products and the shop's promises.</summary>
internal static class HomePage
{
    /// <summary>Renders the page.</summary>
    public static Html Render(PageContext context)
    {
        // The promises strip must not give the returns period away: finding it (on /help) is a study task.
        // The hero's call to action scrolls to the featured grid rather than linking to a category: a second
        // "Jackets"-like link would make text selectors in study files ambiguous.
        var main = Html.Of($"""
            <section class="hero">
              <div class="hero-text">
                <p class="eyebrow">New season · Winter collection</p>
                <h1>Gear for the long way round</h1>
                <p class="lead">Trail shoes, weatherproof jackets and light camping kit — chosen by people who actually walk the trails.</p>
                <a class="btn btn-primary btn-lg" href="#featured">Start exploring</a>
              </div>
              <div class="hero-art" aria-hidden="true">{HeroArt}</div>
            </section>
            <section id="featured" class="section">
              <div class="section-head">
                <h2>Featured gear</h2>
                <p>Our staff favourites this month.</p>
              </div>
              {ProductCard.Grid(ProductCatalog.Featured)}
            </section>
            <section class="promises" aria-label="Why shop with us">
              <div class="promise"><strong>Free standard delivery</strong><span>On every order, no minimum.</span></div>
              <div class="promise"><strong>Hassle-free returns</strong><span>Changed your mind? We make it easy.</span></div>
              <div class="promise"><strong>Real people, real advice</strong><span>Our staff test what we sell.</span></div>
            </section>
            """);
        return Layout.Page(context, "Home", main, showPromo: true, pageClass: "page-home");
    }

    private static Html HeroArt { get; } = Html.Trusted(
        """
        <svg viewBox="0 0 480 320" xmlns="http://www.w3.org/2000/svg">
          <rect width="480" height="320" rx="24" fill="#dcebe4"/>
          <circle cx="370" cy="80" r="34" fill="#f6d67a"/>
          <path d="M0 250 L120 110 L180 180 L250 80 L360 220 L410 170 L480 240 V320 H0 Z" fill="#5f8f7d"/>
          <path d="M250 80 L278 118 L262 112 L246 126 L232 104 Z M120 110 L140 134 L126 130 L112 140 L104 130 Z" fill="#fff"/>
          <path d="M0 280 Q120 240 240 272 T480 262 V320 H0 Z" fill="#1d5c4a"/>
          <path d="M60 286 L72 256 L84 286 Z M90 290 L104 252 L118 290 Z M400 280 L412 248 L424 280 Z" fill="#0f3d31"/>
        </svg>
        """);
}
