using UsabilityLab.Benchmarks.Harness;
using UsabilityLab.Benchmarks.Support;

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
        try
        {
            await using var rig = await RemoteParticipantRig.StartAsync(context, target.Url, "remote-latency", ct);
            await rig.PressAsync(context.Pick(3, 10), 100);
            var presses = context.Pick(30, 300);
            var run = await rig.PressAsync(presses, 100);
            var seen = run.Seen;
            if (seen.Count == 0)
            {
                throw new InvalidOperationException("no press ever showed in the stream");
            }

            result.Add("input to first frame showing it, per press", "ms", [.. seen]);
            var p95 = Summary.Percentile(seen, 0.95);
            result.AddSingle("  p50", "ms", Summary.Percentile(seen, 0.5));
            result.AddSingle("  p95", "ms", p95);
            result.Goals.Add(Goal.Max("input-to-frame latency on loopback, p95", p95, 100, "ms"));

            // The split: press → the lab's page sees the mousedown (input's way in), then → the canvas shows it.
            if (run.Inbound is { } inbound && run.Outbound is { } outbound)
            {
                result.Add("  press → mousedown in the lab's page (input's way in)", "ms", [.. inbound]);
                result.Add("  mousedown → frame drawn on the canvas (frame's way out)", "ms", [.. outbound]);
            }

            result.Note($"{presses} presses 100 ms apart on the middle of the participant page's canvas (1:1, 1280×800), each flipping the whole streamed page between white and black; timed in the participant page with performance.now() from the press until the first frame drawn on the canvas whose middle pixel changed (each frame looked at as the page draws it: no polling); {run.Missed} presses never showed within 3 s. The participant page and the lab's headless Chromium run on the same machine, so both browsers' CPU counts in the latency. Stream bytes per second: remote-stream-bytes; participants one host holds: remote-participants-per-host.");
        }
        finally
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        }
    }
}
