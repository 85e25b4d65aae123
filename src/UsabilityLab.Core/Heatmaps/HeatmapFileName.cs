using System.Text;

namespace UsabilityLab.Core.Heatmaps;

/// <summary>
/// File names of heatmap pictures that a person tells apart without opening them: the kind, the page and width, the
/// view of the page when it is not the page as first seen (<see cref="UiStates"/>), and the task when only one task's
/// events are drawn, so a filtered picture never replaces the unfiltered one.
/// </summary>
public static class HeatmapFileName
{
    private const int MaxPart = 40;

    /// <summary>E.g. <c>click-home@1280.png</c>, <c>click-home@1280--after-open-dialog.png</c>,
    /// <c>click-home@1280--task-checkout.png</c>.</summary>
    /// <param name="kind">click, move or scroll.</param>
    /// <param name="layout">The page and viewport width.</param>
    /// <param name="view">The view's name (<see cref="ViewClicks.Name"/>); null for the page as first seen.</param>
    /// <param name="task">The task id the events were filtered by; null for all tasks.</param>
    public static string Of(string kind, PageLayout layout, string? view = null, string? task = null)
    {
        ArgumentNullException.ThrowIfNull(layout);
        var name = new StringBuilder($"{kind}-{layout.FileStem}");
        if (view is not null)
        {
            name.Append("--").Append(Slug(view));
        }

        if (task is not null)
        {
            name.Append("--task-").Append(Slug(task));
        }

        return name.Append(".png").ToString();
    }

    /// <summary>Lower-case letters, digits, '_' and single dashes; at most 40 characters.</summary>
    public static string Slug(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var slug = new StringBuilder(Math.Min(text.Length, MaxPart));
        foreach (var c in text.ToLowerInvariant())
        {
            var kept = char.IsAsciiLetterOrDigit(c) || c == '_' ? c : '-';
            if (slug.Length == MaxPart || (kept == '-' && (slug.Length == 0 || slug[^1] == '-')))
            {
                continue;
            }

            slug.Append(kept);
        }

        var trimmed = slug.ToString().TrimEnd('-');
        return trimmed.Length == 0 ? "view" : trimmed;
    }
}
