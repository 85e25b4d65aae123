using Microsoft.Playwright;
using UsabilityLab.Benchmarks.Harness;
using UsabilityLab.Core.Studies;
using UsabilityLab.DemoSite;
using UsabilityLab.Recording.Moderation;
using UsabilityLab.Server.Remote;
using UsabilityLab.Storage;
using UsabilityLab.Storage.Moderation;
using ViewportSize = UsabilityLab.Core.Studies.ViewportSize;

namespace UsabilityLab.Benchmarks.Benchmarks;

/// <summary>
/// Issue 25: what a remote participant's stream costs on the wire. A remote session on the demo shop at 1280×800; the
/// participant page (its own browser context) moves the mouse over the canvas without pause and scrolls the shop's
/// pages up and down, as someone reading and looking around does; every byte the page's WebSocket receives is counted.
/// </summary>
internal sealed class RemoteStreamBytesBenchmark : Benchmark
{
    public override string Name => "remote-stream-bytes";

    public override string Title => "Remote participant: stream bytes per second at 1280×800 under a scripted interaction";

    public override string Issue => "#25";

    protected override async Task MeasureAsync(BenchContext context, BenchmarkResult result, CancellationToken ct)
    {
        await using var shop = await DemoSiteHost.StartAsync(new DemoSiteOptions());
        var database = await LabDatabase.OpenAsync(Path.Combine(context.Temp.Path, "remote-bytes.db"), ct);
        var study = new Study("Remote bytes", shop.BaseUrl, new ViewportSize(1280, 800), new ParticipantPlan(1, 1, new Dictionary<string, int> { ["typical"] = 1 }),
            QuestionnairePlan.None, [new StudyTask("browse", "Browse", "Look around the shop.", "/category/shoes", TimeSpan.FromMinutes(5), [], [], [])], [], CapturePolicy.Default);
        var (runId, _, lease) = await new ModeratedRuns(database).OpenAsync(study, "name: Remote bytes", "sha-remote-bytes", null, null, ct);
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
            long bytes = 0;
            var frames = 0;
            participant.WebSocket += (_, socket) => socket.FrameReceived += (_, frame) =>
            {
                if (frame.Binary is { } binary)
                {
                    Interlocked.Add(ref bytes, binary.Length);
                    Interlocked.Increment(ref frames);
                }
            };
            await participant.GotoAsync(pages.Url.ToString());
            await participant.GetByRole(AriaRole.Button, new() { Name = "I agree — start" }).ClickAsync();
            await participant.Locator("#stage-status:empty").WaitForAsync(new() { State = WaitForSelectorState.Attached, Timeout = 60_000 });
            var canvas = await participant.Locator("#screen").BoundingBoxAsync() ?? throw new InvalidOperationException("no canvas");
            await Task.Delay(1_000, ct); // the first full frames of the start page are not the interaction's

            var seconds = context.Pick(10, 30);
            Interlocked.Exchange(ref bytes, 0);
            Interlocked.Exchange(ref frames, 0);
            var clock = System.Diagnostics.Stopwatch.StartNew();
            var step = 0;
            while (clock.Elapsed.TotalSeconds < seconds)
            {
                // A slow sweep across the page, and every second a scroll (down for three, then back up).
                var x = canvas.X + (canvas.Width * (0.1 + (0.8 * ((step % 40) / 40.0))));
                var y = canvas.Y + (canvas.Height * (0.2 + (0.6 * (((step / 40) % 2 == 0) ? (step % 40) / 40.0 : 1 - ((step % 40) / 40.0)))));
                await participant.Mouse.MoveAsync((float)x, (float)y);
                if (step % 20 == 0)
                {
                    await participant.Mouse.WheelAsync(0, (step / 20) % 6 < 3 ? 400 : -400);
                }

                step++;
                await Task.Delay(50, ct);
            }

            var elapsed = clock.Elapsed.TotalSeconds;
            var perSecond = Interlocked.Read(ref bytes) / elapsed;
            result.AddSingle("stream bytes per second", "B/s", perSecond);
            result.AddSingle("  frames per second", "1/s", Volatile.Read(ref frames) / elapsed);
            result.AddSingle("  bytes per frame", "B", frames == 0 ? 0 : Interlocked.Read(ref bytes) / (double)frames);
            result.Goals.Add(Goal.Max("stream bytes per second at 1280×800, scripted interaction", perSecond / 1_000_000, 1.5, "MB/s"));
            result.Note($"{seconds} s of a mouse sweeping the participant page's canvas (1:1, 1280×800) every 50 ms and a 400-px wheel scroll every second (three down, three up) over the demo shop's shoe category and the pages it scrolls through; binary WebSocket messages (JPEG frames, at the quality the stream adapts to) counted by Playwright in the participant page; MB = 1,000,000 bytes.");
        }
        finally
        {
            await participantContext.CloseAsync();
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        }
    }
}
