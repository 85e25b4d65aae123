using UsabilityLab.DemoSite.Markup;

namespace UsabilityLab.DemoSite.Pages;

/// <summary>
/// Trap 6 (rage clicks): the winter-sale banner. The big "×" people aim at is a plain
/// <c>span.promo-close-glyph</c> with no handler; the only thing that closes the banner is the 8×8 px
/// <c>button#promo-close</c> tucked into the glyph's top-right corner. site.js hides the banner (the
/// <c>hidden</c> attribute) and remembers that in sessionStorage.
/// </summary>
internal static class PromoBanner
{
    /// <summary>The banner markup, shown on the home and category pages.</summary>
    public static Html Render() => Html.Trusted(
        """
        <div id="promo" class="promo">
          <div class="container promo-inner">
            <p class="promo-text"><span class="promo-tag">Sale</span><strong>Winter sale: 20% off jackets</strong><span class="promo-sub">Use code WINTER20 in your cart · ends Sunday</span></p>
            <div class="promo-close-area">
              <span class="promo-close-glyph" aria-hidden="true">×</span>
              <button id="promo-close" type="button" aria-label="Close promotion"></button>
            </div>
          </div>
        </div>
        """);
}
