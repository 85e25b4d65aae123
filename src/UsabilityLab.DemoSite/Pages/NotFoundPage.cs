using UsabilityLab.DemoSite.Markup;

namespace UsabilityLab.DemoSite.Pages;

/// <summary>The styled 404 page (always served with status 404).</summary>
internal static class NotFoundPage
{
    /// <summary>Renders the page.</summary>
    public static Html Render(PageContext context)
    {
        var main = Html.Trusted(
            """
            <div class="empty-state not-found">
              <p class="eyebrow">Error 404</p>
              <h1>Page not found</h1>
              <p>The trail ends here. The page may have moved, or the address may be mistyped.</p>
              <a class="btn btn-primary" href="/">Back to the shop</a>
            </div>
            """);
        return Layout.Page(context, "Page not found", main, pageClass: "page-not-found");
    }
}
