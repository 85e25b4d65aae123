using UsabilityLab.Core.Events;
using UsabilityLab.Core.Pages;

namespace UsabilityLab.Core.Heatmaps;

/// <summary>
/// A page as heatmaps see it: its normalised URL (<see cref="PageKey"/>) and the viewport width it was laid out at.
/// A heatmap never mixes layouts: the same URL at 390 px and at 1280 px puts its elements in different places.
/// </summary>
/// <param name="PageKey">Normalised URL path, e.g. <c>/cart</c>.</param>
/// <param name="ViewportWidth">Viewport width in CSS px; 0 when unknown.</param>
public sealed record PageLayout(string PageKey, int ViewportWidth)
{
    /// <summary>The layout an event happened on.</summary>
    public static PageLayout Of(RecordedEvent e, bool keepQuery = false)
    {
        ArgumentNullException.ThrowIfNull(e);
        return new(Pages.PageKey.Normalize(e.Url, keepQuery), e.ViewportWidth ?? 0);
    }

    /// <summary>A file-name-safe form, e.g. <c>product-trail-runner@1280</c>.</summary>
    public string FileStem
    {
        get
        {
            var chars = PageKey.Trim('/').Select(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_' ? c : '-').ToArray();
            var stem = new string(chars).Trim('-');
            return $"{(stem.Length == 0 ? "home" : stem)}@{ViewportWidth}";
        }
    }

    /// <inheritdoc />
    public override string ToString() => $"{PageKey} @ {ViewportWidth} px";
}
