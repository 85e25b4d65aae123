using UsabilityLab.DemoSite.Forms;
using UsabilityLab.DemoSite.Markup;

namespace UsabilityLab.DemoSite.Pages;

/// <summary>
/// Help &amp; contact: FAQ, shipping, the returns policy (<c>section#returns</c>, the answer to the demo study's
/// "find the returns policy" task) and the contact form (<c>section#contact</c>).
/// </summary>
internal static class HelpPage
{
    /// <summary>Renders the page; <paramref name="sent"/> shows the thank-you notice after a successful message.</summary>
    public static Html Render(PageContext context, ContactForm form, FormErrors errors, bool sent = false)
    {
        var notice = Html.When(sent, Html.Of($"""
            <div class="notice notice-success">{Icons.Check}<div id="contact-sent" role="status">Thanks, we will reply within one business day</div></div>
            """));
        var main = Html.Of($"""
            <div class="page-head">
              <h1>Help &amp; contact</h1>
              <p class="lead">Answers to the questions we hear most, and a direct line to our team.</p>
            </div>
            <div class="help-layout">
              <nav class="help-toc panel" aria-label="On this page">
                <p class="footer-heading">On this page</p>
                <ul><li><a href="#faq">Questions</a></li><li><a href="#shipping">Shipping</a></li><li><a href="#returns">Returns</a></li><li><a href="#contact">Contact us</a></li></ul>
              </nav>
              <div class="help-content">
                <section id="faq" class="panel">
                  <h2>Frequently asked questions</h2>
                  <details><summary>How do I find the right shoe size?</summary><p>Every shoe page links to our size guide. If you are between sizes, choose the larger one for hiking and trail running.</p></details>
                  <details><summary>Can I change or cancel my order?</summary><p>Orders leave our warehouse within a few hours. Contact us as quickly as possible and we will do our best.</p></details>
                  <details><summary>Do you have a physical shop?</summary><p>Yes — visit us at 14 Alpine Road, Boulder, Monday to Saturday.</p></details>
                </section>
                <section id="shipping" class="panel">
                  <h2>Shipping &amp; delivery</h2>
                  <p>Standard delivery is free on every order and takes 5–7 business days. Express (2–3 days) and next-day delivery are available at checkout. You will receive a tracking link by email.</p>
                </section>
                <section id="returns" class="panel">
                  <h2>Returns policy</h2>
                  <p>You can return any unused item within 30 days for a full refund. Pack it in its original box, include the delivery note and send it back with the prepaid label from your order email. Refunds reach your card within 5 business days of the parcel arriving at our warehouse.</p>
                </section>
                <section id="contact" class="panel">
                  <h2>Contact us</h2>
                  <p>Questions about gear, sizing or an order? Write to us and a real person will answer.</p>
                  {notice}
                  <form class="contact-form" method="post" action="/help/contact#contact" novalidate>
                    {FormField.Input("contact-email", "Your email", form.Email, errors, type: "email", autocomplete: "email", name: "email")}
                    {FormField.TextArea("contact-message", "Message", form.Message, errors, name: "message")}
                    <button type="submit" class="btn btn-primary">Send message</button>
                  </form>
                </section>
              </div>
            </div>
            """);
        return Layout.Page(context, "Help & contact", main, pageClass: "page-help");
    }
}
