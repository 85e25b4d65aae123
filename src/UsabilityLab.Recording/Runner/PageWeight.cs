using System.Text.Json;
using Microsoft.Playwright;

namespace UsabilityLab.Recording.Runner;

/// <summary>
/// How much of a page an archive would have to save, measured without touching the DOM's content: the browser's own
/// resource timing entries (5–35 ms on a 25 MB page, where serializing the page to measure it took 0.2–0.6 s), and
/// the element count only where the bytes are within the cap.
/// </summary>
/// <param name="Bytes">The document's and its images', styles' and fonts' decoded bytes (0 for the document until it has loaded).</param>
/// <param name="Elements">Elements in the document; 0 when not counted (the bytes alone were too many).</param>
/// <param name="StillParsing">The document itself was still being read (<c>document.readyState</c> is <c>loading</c>).</param>
/// <param name="Scrolled">The page was scrolled away from its top (its first screen is not the one on view).</param>
/// <param name="Title">The page's title.</param>
/// <param name="State">The view's structural hash as the recorder computes it, read in the same call (the page's first
/// picture is of this view); empty for a page over the caps or without the recorder.</param>
internal sealed record PageWeight(long Bytes, int Elements, bool StillParsing, bool Scrolled, string Title, string State = "")
{
    // Scripts and fetched data are not part of an archive (it saves the DOM, styles, images, fonts and frames). A page
    // that replaced these functions gets its values from them, and at worst an archive it should not have had.
    private const string Measure = """
        ([maxBytes, maxElements, notSaved]) => {
          const nav = performance.getEntriesByType('navigation')[0];
          let bytes = Number(nav && nav.decodedBodySize) || 0;
          for (const r of performance.getEntriesByType('resource')) if (!notSaved.includes(r.initiatorType)) bytes += Number(r.decodedBodySize) || 0;
          const elements = bytes > maxBytes ? 0 : document.getElementsByTagName('*').length;
          const parsing = document.readyState === 'loading';
          const lab = window.__usabilityLab;
          const whole = !parsing && bytes <= maxBytes && elements <= maxElements;
          const state = whole && lab && lab.state ? lab.state() || '' : '';
          return [bytes, elements, parsing, scrollX !== 0 || scrollY !== 0, String(document.title), state];
        }
        """;

    private static readonly string[] NotSaved = ["script", "xmlhttprequest", "fetch", "beacon"];

    /// <summary>Measures <paramref name="page"/>; throws <see cref="TimeoutException"/> after <paramref name="timeoutMs"/> (a busy page).</summary>
    public static async Task<PageWeight> MeasureAsync(IPage page, int timeoutMs)
    {
        var call = page.EvaluateAsync<JsonElement>(Measure, new object[] { BackdropLimits.MaxArchiveBytes, BackdropLimits.MaxArchiveElements, NotSaved });
        try
        {
            var facts = await call.WaitAsync(TimeSpan.FromMilliseconds(timeoutMs));
            return new PageWeight(
                (long)facts[0].GetDouble(),
                facts[1].GetInt32(),
                facts[2].GetBoolean(),
                facts[3].GetBoolean(),
                facts[4].GetString() ?? "",
                facts[5].GetString() ?? "");
        }
        catch (TimeoutException)
        {
            call.Forget(); // answered (or failed) later, with nobody waiting for it
            throw;
        }
    }

    /// <summary>
    /// Why only the page's first screen is kept instead of its archive, or null when the archive is within the caps.
    /// </summary>
    /// <param name="loadWaitMs">How long the page was given to load (said in the note of a page still loading).</param>
    public string? WhyNotWhole(int loadWaitMs) =>
        StillParsing ? BackdropLimits.StillLoading(loadWaitMs)
        : Bytes > BackdropLimits.MaxArchiveBytes ? BackdropLimits.TooManyBytes(Bytes)
        : Elements > BackdropLimits.MaxArchiveElements ? BackdropLimits.TooManyElements(Elements)
        : null;
}
