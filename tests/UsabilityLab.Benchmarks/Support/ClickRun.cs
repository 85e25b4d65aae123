using Microsoft.Playwright;
using UsabilityLab.Browser;
using UsabilityLab.Recording.Capture;
using StudyViewport = UsabilityLab.Core.Studies.ViewportSize;

namespace UsabilityLab.Benchmarks.Support;

/// <summary>One series of trusted clicks on a page, with or without the recorder, measured in the page and through CDP.</summary>
/// <param name="Samples">Per click, µs spent between the bracket listeners (the recorder's click listener, if installed).</param>
/// <param name="ScriptUs">Main-thread script time per click, µs (CDP ScriptDuration: every listener, timer and observer).</param>
/// <param name="StyleLayoutUs">Style recalculation and layout time per click, µs (CDP RecalcStyleDuration + LayoutDuration),
/// whether forced by a listener or done for the next frame.</param>
/// <param name="Profile">V8 CPU profile of the series, when asked for.</param>
internal sealed record ClickRun(IReadOnlyList<double> Samples, double ScriptUs, double StyleLayoutUs, CpuProfile? Profile)
{
    /// <summary>Which listeners sit between the brackets.</summary>
    public enum Mode
    {
        /// <summary>No recorder: the brackets' own overhead.</summary>
        Without,

        /// <summary>The recorder as installed by the lab.</summary>
        With,

        /// <summary>The recorder, with style and layout brought up to date before its listener runs.</summary>
        WithCleanLayout,
    }

    // Visible elements of several kinds (no <select>: its popup would swallow the next clicks; not the promo's close
    // button: it removes the banner and shifts the page).
    private const string TargetsScript = """
        () => [...document.querySelectorAll('a, button, img, h1, h2, h3, p, label, input, li, span')]
          .filter(el => el.id !== 'promo-close' && !el.closest('select'))
          .map(el => el.getBoundingClientRect())
          .filter(r => r.width > 4 && r.height > 4 && r.top >= 0 && r.left >= 0 && r.bottom <= innerHeight && r.right <= innerWidth)
          .slice(0, 24)
          .map(r => [r.left + r.width / 2, r.top + r.height / 2])
        """;

    public static async Task<ClickRun> MeasureAsync(LabBrowser browser, Uri url, Mode mode, int clicks, bool profile = false)
    {
        await using var context = await browser.NewContextAsync(new StudyViewport(1280, 800));
        await IsolateAsync(context, url);
        if (mode == Mode.WithCleanLayout)
        {
            await context.AddInitScriptAsync("window.__benchFlushFirst = true;");
        }

        await context.AddInitScriptAsync(CpuProfile.Named(BenchPages.Read("click-bracket-start.js"), "click-bracket-start.js"));
        if (mode != Mode.Without)
        {
            await context.AddInitScriptAsync(RecorderScript.ConfigPrelude(Core.Studies.CapturePolicy.Default));
            await context.AddInitScriptAsync(CpuProfile.Named(RecorderScript.Code, CpuProfile.RecorderUrl));
        }

        await context.AddInitScriptAsync(CpuProfile.Named(BenchPages.Read("click-bracket-end.js"), "click-bracket-end.js"));
        var page = await context.NewPageAsync();
        await page.GotoAsync(url.ToString(), new() { WaitUntil = WaitUntilState.Load });
        if (!await page.EvaluateAsync<bool>("() => self.crossOriginIsolated"))
        {
            throw new InvalidOperationException("the page is not cross-origin isolated; performance.now() would be too coarse (100 µs) for per-click figures");
        }

        var targets = await page.EvaluateAsync<double[][]>(TargetsScript);
        var cdp = await Cdp.AttachAsync(page);
        if (profile)
        {
            await cdp.StartProfileAsync();
        }

        var before = await cdp.MetricsAsync();
        for (var i = 0; i < clicks; i++)
        {
            await cdp.ClickAsync(targets[i % targets.Length][0], targets[i % targets.Length][1]);
        }

        await cdp.DrainAsync();
        await Task.Delay(400); // let the recorder's 250 ms flush run inside the measured window
        var after = await cdp.MetricsAsync();
        var cpu = profile ? await cdp.StopProfileAsync() : null;
        var samples = await page.EvaluateAsync<double[]>("() => window.__benchClick.samples.map(ms => ms * 1000)");
        double PerClick(string metric) => (Cdp.Get(after, metric) - Cdp.Get(before, metric)) / clicks;
        return new ClickRun(samples, PerClick("ScriptDuration") * 1e6, (PerClick("RecalcStyleDuration") + PerClick("LayoutDuration")) * 1e6, cpu);
    }

    /// <summary>Serves the demo shop's responses with COOP/COEP headers, which gives the page 5 µs timers.</summary>
    private static Task IsolateAsync(IBrowserContext context, Uri url) =>
        context.RouteAsync(url.GetLeftPart(UriPartial.Authority) + "/**", async route =>
        {
            var response = await route.FetchAsync();
            var headers = new Dictionary<string, string>(response.Headers)
            {
                ["Cross-Origin-Opener-Policy"] = "same-origin",
                ["Cross-Origin-Embedder-Policy"] = "require-corp",
            };
            await route.FulfillAsync(new() { Response = response, Headers = headers });
        });
}
