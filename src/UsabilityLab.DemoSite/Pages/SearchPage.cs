using System.Globalization;
using UsabilityLab.DemoSite.Catalog;
using UsabilityLab.DemoSite.Markup;

namespace UsabilityLab.DemoSite.Pages;

/// <summary>Search results. The endpoint waits <see cref="DemoSiteOptions.SearchDelay"/> first (trap 5, slow search).</summary>
internal static class SearchPage
{
    /// <summary>Renders results for <paramref name="query"/> (already trimmed; empty means "nothing asked").</summary>
    public static Html Render(PageContext context, string query, IReadOnlyList<Product> results)
    {
        Html body;
        if (query.Length == 0)
        {
            body = Html.Trusted("""<div class="empty-state"><p>Type what you are looking for into the search box — for example “tent” or “rain”.</p></div>""");
        }
        else
        {
            // The summary wording "N results for “q”" is referenced by study files; keep it literal.
            var count = results.Count.ToString(CultureInfo.InvariantCulture);
            var grid = results.Count == 0
                ? Html.Trusted("""<div class="empty-state"><p>No products match. Try a shorter word, or browse a category from the menu.</p></div>""")
                : ProductCard.Grid(results, "h2");
            body = Html.Of($"""<p id="search-summary" class="search-summary">{count} results for “{query}”</p>{grid}""");
        }

        var main = Html.Of($"""
            <div class="page-head"><h1>Search</h1></div>
            {body}
            """);
        return Layout.Page(context with { SearchQuery = query }, "Search", main, pageClass: "page-search");
    }
}
