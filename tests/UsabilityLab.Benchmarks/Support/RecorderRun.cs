using System.Text.Json;
using Microsoft.Playwright;
using UsabilityLab.Browser;
using UsabilityLab.Core.Studies;
using UsabilityLab.Recording.Capture;
using StudyViewport = UsabilityLab.Core.Studies.ViewportSize;

namespace UsabilityLab.Benchmarks.Support;

/// <summary>One play of the interaction script on the test page with one recorder variant ("none", "ours", "rrweb").</summary>
/// <param name="ScriptMs">Main-thread JavaScript time during the script (CDP ScriptDuration).</param>
/// <param name="StyleLayoutMs">Style recalculation and layout time during the script (CDP RecalcStyleDuration + LayoutDuration).</param>
/// <param name="Events">Events the recorder emitted during the script.</param>
/// <param name="Bytes">Their serialized size (JSON characters; the payload is ASCII).</param>
/// <param name="Minutes">Virtual minutes the script spanned.</param>
/// <param name="LoadBytes">What the recorder emitted while the page loaded (rrweb: the full DOM snapshot).</param>
/// <param name="Mutations">DOM mutations the page made (a check that every variant saw the same script).</param>
/// <param name="Breakdown">Bytes per event kind ("kinds") and, for ours, per part of the format ("parts": events, element
/// definitions, url/width changes, batch framing).</param>
/// <param name="Profile">V8 CPU profile of the script, when asked for.</param>
internal sealed record RecorderRun(double ScriptMs, double StyleLayoutMs, long Events, long Bytes, double Minutes, long LoadBytes, int Mutations, Dictionary<string, Dictionary<string, double>> Breakdown, CpuProfile? Profile)
{
    // Empties our recorder's buffer so only the script's events count, and returns what was emitted at load.
    private const string StartScript = """
        () => {
          const drained = window.__usabilityLab ? window.__usabilityLab.drain() : '[]';
          const loadBytes = window.__bench.out.bytes + (drained === '[]' ? 0 : drained.length);
          window.__bench.start();
          return loadBytes;
        }
        """;

    private const string TotalsScript = """
        () => {
          const drained = window.__usabilityLab ? window.__usabilityLab.drain() : '[]';
          if (drained !== '[]') { window.__bench.out.bytes += drained.length; window.__bench.out.ours.push(drained); }
          return [window.__bench.count(), window.__bench.out.bytes, window.__bench.minutes(), window.__benchPage.mutations()];
        }
        """;

    public static async Task<RecorderRun> MeasureAsync(LabBrowser browser, string variant, InteractionScript script, string rrwebBundle, bool profile = false)
    {
        await using var context = await browser.NewContextAsync(new StudyViewport(1280, 800));
        await BenchPages.ServeAsync(context, BenchPages.Read("interaction.html"));
        await context.AddInitScriptAsync(CpuProfile.Named(BenchPages.Read("recorder-bench.js"), "recorder-bench.js"));
        if (variant == "ours")
        {
            await context.AddInitScriptAsync(RecorderScript.ConfigPrelude(CapturePolicy.Default));
            await context.AddInitScriptAsync(CpuProfile.Named(RecorderScript.Code, CpuProfile.RecorderUrl));
        }
        else if (variant == "rrweb")
        {
            await context.AddInitScriptAsync(rrwebBundle);
            await context.AddInitScriptAsync(CpuProfile.Named(BenchPages.Read("rrweb-start.js"), "rrweb-start.js"));
        }

        var page = await context.NewPageAsync();
        await page.GotoAsync(BenchPages.Origin, new() { WaitUntil = WaitUntilState.Load });
        await Task.Delay(500); // rrweb snapshots after load; our recorder sends its page timing just after load
        var loadBytes = await page.EvaluateAsync<long>(StartScript);
        var cdp = await Cdp.AttachAsync(page);
        if (profile)
        {
            await cdp.StartProfileAsync();
        }

        var before = await cdp.MetricsAsync();
        await script.PlayAsync(cdp);
        await Task.Delay(700); // rrweb batches mouse moves for 500 ms, we flush every 250 ms: let both finish inside the window
        var after = await cdp.MetricsAsync();
        var cpu = profile ? await cdp.StopProfileAsync() : null;
        var totals = await page.EvaluateAsync<double[]>(TotalsScript);
        var breakdown = JsonSerializer.Deserialize<Dictionary<string, Dictionary<string, double>>>(await page.EvaluateAsync<string>("() => window.__bench.breakdown()"))!;
        double Delta(string metric) => (Cdp.Get(after, metric) - Cdp.Get(before, metric)) * 1000;
        return new RecorderRun(Delta("ScriptDuration"), Delta("RecalcStyleDuration") + Delta("LayoutDuration"),
            (long)totals[0], (long)totals[1], totals[2], loadBytes, (int)totals[3], breakdown, cpu);
    }
}
