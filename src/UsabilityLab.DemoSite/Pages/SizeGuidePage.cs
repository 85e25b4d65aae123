using UsabilityLab.DemoSite.Markup;

namespace UsabilityLab.DemoSite.Pages;

/// <summary>The size guide that shoe pages open in a new tab (a popup for the recorder to follow).</summary>
internal static class SizeGuidePage
{
    private static readonly (string Eu, string Us, string Uk, string Cm)[] Rows =
    [
        ("38", "6", "5", "24.0"), ("39", "6.5", "5.5", "24.6"), ("40", "7", "6", "25.3"),
        ("41", "8", "7", "26.0"), ("42", "8.5", "7.5", "26.6"), ("43", "9.5", "8.5", "27.3"),
        ("44", "10", "9", "28.0"), ("45", "11", "10", "28.6"), ("46", "12", "11", "29.3"),
    ];

    /// <summary>Renders the page.</summary>
    public static Html Render(PageContext context)
    {
        var rows = Rows.Select(r => Html.Of($"<tr><td>{r.Eu}</td><td>{r.Us}</td><td>{r.Uk}</td><td>{r.Cm}</td></tr>"));
        var main = Html.Of($"""
            <div class="page-head">
              <h1>Shoe size guide</h1>
              <p class="lead">Measure your foot from heel to longest toe in the evening, when feet are largest, and pick the size whose length is just above yours.</p>
            </div>
            <div class="panel table-panel">
              <table class="data-table">
                <thead><tr><th scope="col">EU</th><th scope="col">US men</th><th scope="col">UK</th><th scope="col">Foot length (cm)</th></tr></thead>
                <tbody>{rows}</tbody>
              </table>
            </div>
            <p class="muted">Between two sizes? Trail shoes are best a half size up to leave room for descents.</p>
            """);
        return Layout.Page(context, "Size guide", main, pageClass: "page-size-guide");
    }
}
