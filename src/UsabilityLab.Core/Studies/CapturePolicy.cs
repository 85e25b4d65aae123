using UsabilityLab.Core.Studies.Hooks;

namespace UsabilityLab.Core.Studies;

/// <summary>Recorder privacy and grouping options.</summary>
/// <param name="RecordValuesFor">Selectors whose typed values may be stored; every other value is masked (length only). Password fields are never stored.</param>
/// <param name="KeepQuery">Whether page URLs keep their query string when grouping pages for snapshots and heatmaps.</param>
/// <param name="KeepQueryParams">Query parameters whose values are stored as they are; every other value is masked in every stored URL.</param>
public sealed record CapturePolicy(IReadOnlyList<string> RecordValuesFor, bool KeepQuery, IReadOnlyList<string> KeepQueryParams)
{
    /// <summary>Mask everything, group pages by path.</summary>
    public static CapturePolicy Default { get; } = new([], false, []);

    /// <summary>Known background noise of the site that the analysis leaves out of participants' errors (<c>capture.ignore</c>).</summary>
    public Signals.NoiseRules Ignore { get; init; } = Signals.NoiseRules.None;

    /// <summary><paramref name="url"/> as it may be stored (see <see cref="Pages.UrlMasking"/>).</summary>
    public string MaskUrl(string url) => Pages.UrlMasking.Mask(url, KeepQueryParams);

    /// <summary><paramref name="text"/> with every URL in it as it may be stored.</summary>
    public string MaskUrlsIn(string text) => Pages.UrlMasking.MaskUrlsIn(text, KeepQueryParams);
}
