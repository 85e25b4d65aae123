using UsabilityLab.DemoSite.Catalog;
using UsabilityLab.DemoSite.Markup;
using UsabilityLab.DemoSite.Shopping;

namespace UsabilityLab.DemoSite.Pages;

/// <summary>The order confirmation page: the end of the checkout task in the demo study.</summary>
internal static class OrderPage
{
    /// <summary>Renders the confirmation for <paramref name="order"/>.</summary>
    public static Html Render(PageContext context, Order order)
    {
        var lines = order.Lines.Select(l => Html.Of($"""<li><span>{l.Product.Name}{(l.Size is null ? "" : " (size " + l.Size + ")")} × {l.Quantity}</span><span>{Money.Format(l.LineTotal)}</span></li>"""));
        var main = Html.Of($"""
            <div class="confirmation panel">
              <div class="confirmation-icon">{Icons.Check}</div>
              <h1>Thank you for your order</h1>
              <p class="lead">Your order number is <span id="order-number">{order.Number}</span>.</p>
              <p>We have sent a confirmation to <strong>{order.Email}</strong>, {order.CustomerName}.</p>
              <ul class="confirmation-lines">{lines}<li><span>{order.Shipping.Label}</span><span>{(order.Shipping.Price == 0m ? "Free" : Money.Format(order.Shipping.Price))}</span></li></ul>
              <p class="confirmation-total">Total <strong>{Money.Format(order.Total)}</strong></p>
              <a class="btn btn-primary" href="/">Continue shopping</a>
            </div>
            """);
        return Layout.Page(context, "Order confirmed", main, pageClass: "page-order");
    }
}
