using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.Playwright;
using UsabilityLab.Benchmarks.Harness;
using UsabilityLab.Benchmarks.Support;
using UsabilityLab.Core.Studies;
using ViewportSize = UsabilityLab.Core.Studies.ViewportSize;
using UsabilityLab.Hosting;
using UsabilityLab.Recording.Moderation;
using UsabilityLab.Server.Remote;
using UsabilityLab.Storage;
using UsabilityLab.Storage.Moderation;

namespace UsabilityLab.Benchmarks.Benchmarks;

/// <summary>
/// Issue 25: input-to-frame latency of a remote participant's stream on loopback. A remote moderated session on a page
/// that flips between white and black on every mouse press; the participant page (in a separate browser context) presses
/// on the middle of its canvas through its own listeners and times until the middle pixel of the canvas changes, i.e.
/// the whole path: participant page → WebSocket → input check → CDP Input.dispatchMouseEvent → the page repaints →
/// screencast frame → WebSocket → decoded and drawn.
/// </summary>
internal sealed class RemoteStreamLatencyBenchmark : Benchmark
{
    public override string Name => "remote-stream-latency";

    public override string Title => "Remote participant: input-to-frame latency over loopback (1280×800)";

    public override string Issue => "#25";

    protected override async Task MeasureAsync(BenchContext context, BenchmarkResult result, CancellationToken ct)
    {
        await using var target = await FlipPage.StartAsync(ct);
        var database = await LabDatabase.OpenAsync(Path.Combine(context.Temp.Path, "remote-latency.db"), ct);
        var study = new Study("Remote latency", target.Url, new ViewportSize(1280, 800), new ParticipantPlan(1, 1, new Dictionary<string, int> { ["typical"] = 1 }),
            QuestionnairePlan.None, [new StudyTask("flip", "Flip", "Press anywhere.", "/", TimeSpan.FromMinutes(5), [], [], [])], [], CapturePolicy.Default);
        var (runId, _, lease) = await new ModeratedRuns(database).OpenAsync(study, "name: Remote latency", "sha-remote-latency", null, null, ct);
        await using var runLease = lease;
        await using var journal = await RunJournal.OpenAsync(database, runId, cancellationToken: ct);
        await using var session = new ModeratedSession(
            new ModeratedSessionOptions { Study = study, Participant = "P01", Browser = context.Browser, Remote = true, Backdrops = false },
            journal,
            new ModerationJournal(database));
        await using var pages = await ParticipantPageServer.StartAsync(session, cancellationToken: ct);

        var browser = await context.BrowserAsync();
        var participantContext = await browser.NewContextAsync(new ViewportSize(1280, 900));
        try
        {
            var participant = await participantContext.NewPageAsync();
            await participant.GotoAsync(pages.Url.ToString());
            await participant.GetByRole(AriaRole.Button, new() { Name = "I agree — start" }).ClickAsync();
            await participant.Locator("#stage-status:empty").WaitForAsync(new() { State = WaitForSelectorState.Attached, Timeout = 60_000 });
            var probe = BenchPages.Read("remote-latency-probe.js");
            var warmups = context.Pick(3, 10);
            await participant.EvaluateAsync<double[][]>(probe, new object[] { warmups, 100 });
            var presses = context.Pick(30, 300);
            var samples = await participant.EvaluateAsync<double[][]>(probe, new object[] { presses, 100 });
            var seen = samples.Where(s => s[0] >= 0).Select(s => s[0]).ToList();
            if (seen.Count == 0)
            {
                throw new InvalidOperationException("no press ever showed in the stream");
            }

            result.Add("input to first frame showing it, per press", "ms", seen);
            var p50 = Summary.Percentile(seen, 0.5);
            var p95 = Summary.Percentile(seen, 0.95);
            result.AddSingle("  p50", "ms", p50);
            result.AddSingle("  p95", "ms", p95);
            result.Goals.Add(Goal.Max("input-to-frame latency on loopback, p95", p95, 100, "ms"));

            // The split: press → the lab's page sees the mousedown (input's way in), then → the canvas shows it.
            var arrivals = await (session.ParticipantPage ?? throw new InvalidOperationException("the lab's browser is gone")).EvaluateAsync<double[]>("() => window.__arrivals");
            var measured = arrivals.Skip(warmups).ToArray();
            if (measured.Length == samples.Length)
            {
                var inbound = samples.Select((s, i) => measured[i] - s[1]).ToList();
                var outbound = samples.Select((s, i) => (s[0], measured[i] - s[1])).Where(p => p.Item1 >= 0).Select(p => p.Item1 - p.Item2).ToList();
                result.Add("  press → mousedown in the lab's page (input's way in)", "ms", inbound);
                result.Add("  mousedown → frame drawn on the canvas (frame's way out)", "ms", outbound);
            }
            result.Note($"{presses} presses 100 ms apart on the middle of the participant page's canvas (1:1, 1280×800), each flipping the whole streamed page between white and black; timed in the participant page with performance.now() from the press until the canvas's middle pixel changed (polled every ~1 ms); {samples.Length - seen.Count} presses never showed within 3 s. The participant page and the lab's headless Chromium run on the same machine, so both browsers' CPU counts in the latency. Stream bytes per second: remote-stream-bytes. Not measured yet: participants per host.");
        }
        finally
        {
            await participantContext.CloseAsync();
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        }
    }

    /// <summary>The page under test, on its own loopback server: the lab's participant browser is a real browser that loads it over HTTP.</summary>
    private sealed class FlipPage : IAsyncDisposable
    {
        private readonly WebApplication _app;

        private FlipPage(WebApplication app, Uri url)
        {
            _app = app;
            Url = url;
        }

        public Uri Url { get; }

        public static async Task<FlipPage> StartAsync(CancellationToken ct)
        {
            var html = BenchPages.Read("remote-latency-flip.html");
            var app = LoopbackHost.CreateBuilder(typeof(FlipPage), 0, TimeSpan.FromSeconds(1)).Build();
            app.MapGet("/", () => Results.Content(html, "text/html; charset=utf-8"));
            return new FlipPage(app, await LoopbackHost.StartAsync(app, ct));
        }

        public async ValueTask DisposeAsync() => await LoopbackHost.StopAsync(_app, TimeSpan.FromSeconds(1));
    }
}
