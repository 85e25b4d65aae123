using System.Globalization;
using UsabilityLab.DemoSite.Catalog;
using UsabilityLab.DemoSite.Forms;
using UsabilityLab.DemoSite.Markup;
using UsabilityLab.DemoSite.Shopping;

namespace UsabilityLab.DemoSite.Pages;

/// <summary>
/// The checkout form. Trap 2 (below the fold): the order summary and delivery options come first, so at
/// 1280×800 the <c>#place-order</c> button starts far below the first screen and people must scroll to find it.
/// </summary>
internal static class CheckoutPage
{
    /// <summary>Renders the form. <paramref name="form"/> must already be stripped of card and password.</summary>
    public static Html Render(PageContext context, IReadOnlyList<CartLine> lines, CheckoutForm form, FormErrors errors, string? formError = null)
    {
        var shipping = ShippingOption.Find(form.Shipping);
        var total = lines.Sum(l => l.LineTotal) + shipping.Price;
        var problem = formError ?? (errors.IsEmpty ? null
            : errors.Count == 1 ? "Please correct the highlighted field."
            : "Please correct the " + errors.Count.ToString(CultureInfo.InvariantCulture) + " highlighted fields.");
        var main = Html.Of($"""
            <div class="page-head"><h1>Checkout</h1><p class="muted">Secure checkout · your details are only used for this order.</p></div>
            <form id="checkout-form" class="checkout" method="post" action="/checkout" novalidate>
              {OrderSummary(lines)}
              {DeliveryOptions(shipping)}
              <fieldset class="panel">
                <legend>Contact details</legend>
                {FormField.Input("name", "Full name", form.Name, errors, autocomplete: "name")}
                {FormField.Input("email", "Email", form.Email, errors, type: "email", autocomplete: "email", hint: "We send your order confirmation here.")}
              </fieldset>
              <fieldset class="panel">
                <legend>Delivery address</legend>
                {FormField.Input("address", "Street address", form.Address, errors, autocomplete: "street-address")}
                <div class="field-row">
                  {FormField.Input("city", "Town or city", form.City, errors, autocomplete: "address-level2")}
                  {FormField.Input("zip", "ZIP code", form.Zip, errors, autocomplete: "postal-code", inputMode: "numeric")}
                </div>
              </fieldset>
              <fieldset class="panel">
                <legend>Payment</legend>
                {FormField.Input("card", "Card number", null, errors, autocomplete: "cc-number", inputMode: "numeric", hint: "16 digits, spaces are fine. This is a demo: use any made-up number.")}
              </fieldset>
              <fieldset class="panel">
                <legend>Create an account</legend>
                {FormField.Input("password", "Password", null, errors, type: "password", autocomplete: "new-password", optional: true, hint: "Save your details for next time. Leave empty to check out as a guest.")}
              </fieldset>
              <div class="place-order-bar">
                <p class="order-total">Total to pay <strong id="order-total">{Money.Format(total)}</strong></p>
                {(problem is null ? Html.Empty : Html.Of($"""<p class="form-error" role="alert">{problem}</p>"""))}
                <button id="place-order" type="submit" class="btn btn-primary btn-lg">Place order</button>
              </div>
            </form>
            """);
        return Layout.Page(context, "Checkout", main, pageClass: "page-checkout");
    }

    private static Html OrderSummary(IReadOnlyList<CartLine> lines)
    {
        if (lines.Count == 0)
        {
            return Html.Trusted("""<section class="panel"><h2>Your order</h2><p>Your cart is empty. <a href="/">Continue shopping</a></p></section>""");
        }

        var items = lines.Select(l => Html.Of($"""
            <li class="summary-line">
              <div class="summary-photo">{ProductArt.Render(l.Product)}</div>
              <div><strong>{l.Product.Name}</strong><span class="muted">{(l.Size is null ? "" : "Size " + l.Size + " · ")}Qty {l.Quantity}</span></div>
              <span class="summary-price">{Money.Format(l.LineTotal)}</span>
            </li>
            """));
        return Html.Of($"""
            <section class="panel" aria-labelledby="summary-heading">
              <h2 id="summary-heading">Your order</h2>
              <ul class="summary-lines">{items}</ul>
              <p class="summary-subtotal">Subtotal <strong>{Money.Format(lines.Sum(l => l.LineTotal))}</strong></p>
              <p class="muted">Items are packed in recycled cardboard without plastic fillers. Gift messages can be added on the next page.</p>
            </section>
            """);
    }

    private static Html DeliveryOptions(ShippingOption selected)
    {
        var options = ShippingOption.All.Select(o => Html.Of($"""
            <label class="choice">
              <input type="radio" name="shipping" value="{o.Value}" {(o == selected ? Html.Trusted("checked") : Html.Empty)}>
              <span class="choice-text"><strong>{o.Label}</strong><span class="muted">{o.Detail}</span></span>
              <span class="choice-price">{(o.Price == 0m ? "Free" : Money.Format(o.Price))}</span>
            </label>
            """));
        return Html.Of($"""
            <fieldset class="panel">
              <legend>Delivery options</legend>
              <div class="choices">{options}</div>
              <p class="muted">Deliveries run Monday to Saturday. You will get a tracking link by email as soon as your parcel leaves our warehouse.</p>
            </fieldset>
            """);
    }
}
