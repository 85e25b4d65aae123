using UsabilityLab.DemoSite.Catalog;
using UsabilityLab.DemoSite.Markup;
using UsabilityLab.DemoSite.Shopping;

namespace UsabilityLab.DemoSite.Pages;

/// <summary>
/// The cart: line items with remove buttons, the order summary, the coupon box (trap 3: site.js throws on
/// <c>#apply-coupon</c>), "Empty cart" (a confirm() dialog in site.js) and the checkout link.
/// </summary>
internal static class CartPage
{
    /// <summary>Renders the cart for <paramref name="lines"/>.</summary>
    public static Html Render(PageContext context, IReadOnlyList<CartLine> lines)
    {
        var body = lines.Count == 0
            ? Html.Trusted("""<div class="empty-state"><p class="empty-title">Your cart is empty</p><p>Find something for your next trip.</p><a class="btn btn-primary" href="/">Continue shopping</a></div>""")
            : Filled(lines);
        var main = Html.Of($"""
            <div class="page-head"><h1>Your cart</h1></div>
            {body}
            """);
        return Layout.Page(context, "Your cart", main, pageClass: "page-cart");
    }

    private static Html Filled(IReadOnlyList<CartLine> lines)
    {
        var total = lines.Sum(l => l.LineTotal);
        return Html.Of($"""
            <div class="cart-layout">
              <ul class="cart-lines">{lines.Select(Line)}</ul>
              <aside class="panel summary" aria-label="Order summary">
                <h2>Summary</h2>
                <dl class="totals">
                  <div><dt>Subtotal</dt><dd>{Money.Format(total)}</dd></div>
                  <div><dt>Delivery</dt><dd>Free</dd></div>
                  <div class="grand"><dt>Total</dt><dd id="cart-total">{Money.Format(total)}</dd></div>
                </dl>
                <div class="coupon">
                  <label for="coupon">Coupon code</label>
                  <div class="input-row">
                    <input id="coupon" name="coupon" type="text" autocomplete="off" placeholder="e.g. WINTER20">
                    <button id="apply-coupon" type="button" class="btn btn-secondary">Apply</button>
                  </div>
                </div>
                <a id="checkout" class="btn btn-primary btn-block" href="/checkout">Checkout</a>
                <form method="post" action="/cart/clear" class="empty-form">
                  <button id="empty-cart" type="submit" class="btn-link">Empty cart</button>
                </form>
              </aside>
            </div>
            """);
    }

    private static Html Line(CartLine line)
    {
        var size = line.Size is null ? Html.Empty : Html.Of($"""<span class="line-size">Size {line.Size}</span>""");
        return Html.Of($"""
            <li class="cart-line">
              <div class="line-photo">{ProductArt.Render(line.Product)}</div>
              <div class="line-info">
                <a class="line-name" href="/product/{line.Product.Slug}">{line.Product.Name}</a>
                <div class="line-meta">{size}<span class="line-qty">Qty {line.Quantity}</span></div>
              </div>
              <div class="line-price">{Money.Format(line.LineTotal)}</div>
              <form method="post" action="/cart/remove" class="line-remove">
                <input type="hidden" name="line" value="{line.Id}">
                <button type="submit" class="btn-link" aria-label="Remove {line.Product.Name}">Remove</button>
              </form>
            </li>
            """);
    }
}
