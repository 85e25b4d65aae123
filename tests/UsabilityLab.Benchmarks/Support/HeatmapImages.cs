using System.Net;
using System.Text.RegularExpressions;

namespace UsabilityLab.Benchmarks.Support;

/// <summary>
/// The images a task page's heatmap loads, read from the page itself (so the benchmark follows the dashboard's routes
/// as they change): the page's picture, and its density layer, of which the other kinds differ only in their name.
/// </summary>
internal sealed partial record HeatmapImages(string Picture, string ClicksLayer)
{
    /// <summary>The layers the dashboard draws (HeatmapLayers.Kinds).</summary>
    public static readonly IReadOnlyList<string> Kinds = ["clicks", "moves", "scroll"];

    /// <summary>The layer of <paramref name="kind"/> (clicks, moves or scroll).</summary>
    public string Layer(string kind) => ClicksLayer.Replace("/layers/clicks.png", $"/layers/{kind}.png", StringComparison.Ordinal);

    /// <summary>The images of the heatmap on <paramref name="taskPage"/>, as its default view shows them (clicks).</summary>
    /// <exception cref="InvalidOperationException">The page carries no heatmap.</exception>
    public static HeatmapImages Of(string taskPage)
    {
        string Source(string imageClass) =>
            Image().Matches(taskPage).FirstOrDefault(m => m.Groups["class"].Value == imageClass) is { } match
                ? WebUtility.HtmlDecode(match.Groups["src"].Value)
                : throw new InvalidOperationException($"The task page has no <img class=\"{imageClass}\">: no heatmap to measure.");

        var layer = Source("layer");
        return layer.EndsWith("/layers/clicks.png", StringComparison.Ordinal)
            ? new HeatmapImages(Source("picture"), layer)
            : throw new InvalidOperationException($"The task page's layer is {layer}, not the clicks layer.");
    }

    [GeneratedRegex("<img class=\"(?<class>[^\"]*)\" src=\"(?<src>[^\"]*)\"")]
    private static partial Regex Image();
}
