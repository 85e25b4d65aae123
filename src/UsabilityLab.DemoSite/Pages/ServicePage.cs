using UsabilityLab.DemoSite.Markup;

namespace UsabilityLab.DemoSite.Pages;

/// <summary>
/// Trap 4 (quick back): the nav says "Returns &amp; Service", but this is the gear workshop — waxing, repairs,
/// price list — with not a word about sending things back. People looking for the returns policy land here,
/// scan, and press Back within seconds. Keep every return/refund wording out of this page.
/// </summary>
internal static class ServicePage
{
    private static readonly (string Job, string Time, string Price)[] PriceList =
    [
        ("Ski or snowboard hot wax", "Same day", "$25"),
        ("Edge sharpening and wax", "1 day", "$35"),
        ("Tent pole splint or segment", "2 days", "$20"),
        ("Zip replacement (jacket or tent)", "3–5 days", "$30"),
        ("Seam re-taping, per seam", "3–5 days", "$15"),
        ("Boot resoling", "2 weeks", "$79"),
        ("Stove clean and safety check", "1 day", "$12"),
    ];

    /// <summary>Renders the page.</summary>
    public static Html Render(PageContext context)
    {
        var rows = PriceList.Select(r => Html.Of($"<tr><td>{r.Job}</td><td>{r.Time}</td><td>{r.Price}</td></tr>"));
        var main = Html.Of($"""
            <div class="page-head">
              <p class="eyebrow">Workshop</p>
              <h1>Gear workshop &amp; repairs</h1>
              <p class="lead">Our workshop keeps your kit on the trail for longer: waxing, sharpening, patching and resoling, done in-house by our technicians.</p>
            </div>
            <div class="service-layout">
              <div class="panel table-panel">
                <h2>Workshop prices</h2>
                <table class="data-table">
                  <thead><tr><th scope="col">Job</th><th scope="col">Turnaround</th><th scope="col">Price</th></tr></thead>
                  <tbody>{rows}</tbody>
                </table>
              </div>
              <div class="panel">
                <h2>How it works</h2>
                <ol class="steps">
                  <li>Bring your gear to the workshop counter at 14 Alpine Road.</li>
                  <li>We check it with you and quote a fixed price before we start.</li>
                  <li>We text you when it is ready to collect.</li>
                </ol>
                <p class="muted">Workshop hours: Tuesday to Saturday, 10:00–17:00. No appointment needed.</p>
              </div>
            </div>
            """);
        return Layout.Page(context, "Gear workshop", main, pageClass: "page-service");
    }
}
