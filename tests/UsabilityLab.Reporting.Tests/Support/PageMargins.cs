namespace UsabilityLab.Reporting.Tests.Support;

/// <summary>
/// Finds ink in the side margins of printed pages. The report's @page rule leaves 16 mm left and right (ReportCss);
/// the running header and footer sit in the top and bottom margins, inside the side ones. Anything painted in a side
/// margin is a figure, table or line that ran past the content box: it is cut at the paper's edge or crowds it.
/// </summary>
public static class PageMargins
{
    public const double SideMm = 16;

    /// <summary>One line per page with ink in a side margin (less a tolerance for anti-aliasing), naming where.</summary>
    public static IReadOnlyList<string> Crossings(IReadOnlyList<PageImage> pages, int dpi, double toleranceMm = 1)
    {
        var limit = (int)Math.Floor((SideMm - toleranceMm) * dpi / 25.4);
        var problems = new List<string>();
        foreach (var page in pages)
        {
            var ink = InkIn(page, 0, limit) ?? InkIn(page, page.Width - limit, page.Width);
            if (ink is { } at)
            {
                problems.Add($"page {page.Number}: ink at x = {at.X * 25.4 / dpi:0.0} mm, y = {at.Y * 25.4 / dpi:0.0} mm (side margins are {SideMm} mm)");
            }
        }

        return problems;
    }

    private static (int X, int Y)? InkIn(PageImage page, int fromX, int toX)
    {
        for (var y = 0; y < page.Height; y++)
        {
            for (var x = fromX; x < toX; x++)
            {
                // Paper is 255; the faintest report ink (the light grey table rules) is darker than 235.
                if (page[x, y] < 235)
                {
                    return (x, y);
                }
            }
        }

        return null;
    }
}
