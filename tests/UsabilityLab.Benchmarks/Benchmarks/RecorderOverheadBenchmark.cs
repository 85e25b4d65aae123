using System.Diagnostics;
using UsabilityLab.Application.Reports;
using UsabilityLab.Benchmarks.Harness;
using UsabilityLab.Benchmarks.Support;
using UsabilityLab.Browser;
using UsabilityLab.Core.Runs;
using UsabilityLab.Core.Studies.Loading;
using UsabilityLab.Recording.Capture;
using UsabilityLab.Recording.Runner;
using UsabilityLab.Storage;

namespace UsabilityLab.Benchmarks.Benchmarks;

/// <summary>
/// Issue 3: the demo study with <c>--persona exact</c>, recorded by the lab, against plain Playwright running the same
/// steps. A third variant (plain steps + recorder.js + SessionRecorder + event store, without the lab runner's
/// page archives, navigation waits and success checks between steps) separates the recorder's cost from the runner's.
/// </summary>
internal sealed class RecorderOverheadBenchmark : Benchmark
{
    public override string Name => "recorder-overhead";

    public override string Title => "Demo study (--persona exact): lab run vs plain Playwright, wall time";

    public override string Issue => "#3";

    protected override async Task MeasureAsync(BenchContext context, BenchmarkResult result, CancellationToken ct)
    {
        await context.CloseBrowserAsync(); // only the runs' own browsers may count here
        var source = await DemoStudy.LoadAsync(context);
        // Quick mode: the last (shortest) task, one participant, one repetition — a look, not a figure to publish.
        if (context.Quick)
        {
            source = source with { Study = source.Study! with { Tasks = source.Study.Tasks.TakeLast(1).ToList() } };
        }

        var study = source.Study!;
        var participants = context.Pick(1, 3);
        var options = new ScriptedRunOptions { PersonaMode = PersonaMode.Exact, Participants = participants, Seed = 1, Workers = 1 };
        var stored = new List<StoredEvents>();
        var successes = new Dictionary<string, int>();
        var journalMs = new List<double>();
        var settles = new List<RunnerTimings.Tally>();
        var backdrops = new List<RunnerTimings.Tally>();
        var checks = new List<RunnerTimings.Tally>();
        var views = new List<RunnerTimings.Tally>();
        var paints = new List<RunnerTimings.Tally>();
        var paintingMs = new List<double>();
        var cpu = new Dictionary<string, List<IReadOnlyDictionary<string, double>>>();

        // CPU time by process around each variant's timed part: on two cores, work any process adds is wall time lost.
        async Task<T> SampledAsync<T>(string variant, Func<Task<T>> timed)
        {
            var sampler = ProcessSampler.Start(TimeSpan.FromMilliseconds(200), memory: false);
            try
            {
                return await timed();
            }
            finally
            {
                await sampler.DisposeAsync();
                (cpu.TryGetValue(variant, out var list) ? list : cpu[variant] = []).Add(sampler.CpuSecondsByKind);
            }
        }

        // One browser start outside the timings: the first launch after boot pays for reading Chromium from disk
        // (earlier benchmarks of a quick run have launched it already).
        if (!context.Quick)
        {
            await (await LabBrowser.LaunchAsync(context.Browser)).DisposeAsync();
        }

        List<(string, Func<Task<double>>)> variants =
        [
            ("plain", () => SampledAsync("plain", () => Sampler.MillisecondsAsync(async () => successes["plain"] = await new PlainStudyRunner(study, context.Browser).RunAsync(participants)))),
            ("lab", async () =>
            {
                LabRun run;
                using (var timings = new RunnerTimings())
                {
                    run = await SampledAsync("lab", () => LabRun.RecordAsync(context, source, options, ct));
                    settles.Add(timings.Settles);
                    backdrops.Add(timings.Backdrops);
                    checks.Add(timings.Checks);
                    views.Add(timings.Views);
                }

                // Painting is not part of the run: the run's first report does it, once. Timed here so it is seen.
                var painting = Stopwatch.StartNew();
                using (var timings = new RunnerTimings())
                {
                    await BackdropPainting.PaintAsync(run.Database, run.RunId, null, context.Browser, ct);
                    paints.Add(timings.Paints);
                }

                paintingMs.Add(painting.Elapsed.TotalMilliseconds);
                successes["lab"] = run.Successes;
                journalMs.Add(run.JournalMilliseconds);
                stored.Add(await StoredEvents.MeasureAsync(run.Database));
                run.Delete();
                return run.Milliseconds;
            }),
        ];
        if (!context.Quick)
        {
            // Quick mode compares the lab with plain Playwright only: the recorder-alone variant is one run too many for its minute.
            // It goes first, so plain Playwright runs in the middle of every round (recorder, plain, lab, then lab, plain,
            // recorder) and each ratio divides by the run right next to it: neighbouring runs differ less than runs a
            // minute apart (the machine drifts), so the ratios carry less of the drift.
            variants.Insert(0, ("recorder", () => SampledAsync("recorder", () => RecorderAloneAsync(context, source, options, ct))));
        }

        var warmups = context.Pick(0, 1);
        // Nine rounds: single ratios spread over ±10 % on this machine, and the goal's margin is a few percent.
        var samples = await Sampler.InterleavedAsync(warmups, context.Pick(1, 9), variants, context.Log, ct);
        var cpuByVariant = cpu.ToDictionary(kv => kv.Key, kv => (IReadOnlyList<IReadOnlyDictionary<string, double>>)kv.Value.Skip(warmups).ToList());

        var plain = samples["plain"];
        var alone = samples.GetValueOrDefault("recorder");
        result.Add("plain Playwright, same steps", "s", plain.Select(ms => ms / 1000).ToList());
        if (alone is not null)
        {
            result.Add("plain steps + recorder (recorder.js, SessionRecorder, store)", "s", alone.Select(ms => ms / 1000).ToList());
        }

        result.Add("lab run (ScriptedRunner, recorder, store)", "s", samples["lab"].Select(ms => ms / 1000).ToList());
        var recorderRatio = alone is null ? null : result.Add("ratio recorder alone / plain", "×", Sampler.Ratios(alone, plain));
        var labRatio = result.Add("ratio lab run / plain", "×", Sampler.Ratios(samples["lab"], plain));
        result.Goals.Add(Goal.Max("lab run (recorder on) vs plain Playwright, same steps: wall time", labRatio.Value.Median, 1.10, "×"));
        if (recorderRatio is not null)
        {
            result.Goals.Add(Goal.Max("recorder alone (recorder.js + SessionRecorder + store) vs plain: wall time", recorderRatio.Value.Median, 1.10, "×"));
        }

        foreach (var (variant, rounds) in cpuByVariant)
        {
            result.Add($"CPU time, all processes: {variant}", "s", rounds.Select(r => r.Values.Sum()).ToList());
        }

        result.Add("painting the run's backdrops from their archives at its first report (not in the run's time)", "s", paintingMs.Select(ms => ms / 1000).ToList());
        var last = stored[^1];
        result.Add("stored event bytes per participant-minute, exact persona", "KB", stored.Select(s => s.BytesPerParticipantMinute / 1024).ToList());
        result.Add("stored events per participant-minute, exact persona", "events", stored.Select(s => s.EventsPerParticipantMinute).ToList());
        if (!context.Quick)
        {
            // The exact persona acts every 300 ms; simulated people think for seconds, which is what a participant-minute means.
            var mixed = await LabRun.RecordAsync(context, source, options with { PersonaMode = PersonaMode.Mixed, Participants = 4 }, ct);
            var human = await StoredEvents.MeasureAsync(mixed.Database);
            mixed.Delete();
            result.AddSingle("stored event bytes per participant-minute, mixed personas (human pace)", "KB", human.BytesPerParticipantMinute / 1024);
            result.AddSingle("stored events per participant-minute, mixed personas", "events", human.EventsPerParticipantMinute);
        }
        result.Note($"{(context.Quick ? "Quick: " : "")}{participants} participant(s) × {study.Tasks.Count} tasks, {DemoStudy.Actions(study)} actions each; the time includes the browser start and, for the lab, the run row and the final flush. Tasks that succeeded (same work done): plain {successes["plain"]}, lab {successes["lab"]} of {participants * study.Tasks.Count}.");
        result.Note($"Storage: {last.Events} events over {last.ParticipantMinutes:0.00} participant-minutes (exact persona: 300 ms think time, so denser than a human session), sized as the Events table with its indexes on disk; plus {last.Snapshots} page screenshots ({last.SnapshotBytes / 1024} KB, once per page per run).");
        result.Note($"CPU by process (user + system time from /proc, sampled every 200 ms; median of the repetitions; the .NET share includes the sampling, alike in every variant): {string.Join("; ", cpuByVariant.Select(kv => $"{kv.Key} {CpuBreakdown.Describe(kv.Value)}"))}.");
        if (labRatio.Value.Median > 1.10)
        {
            Explain(samples, settles, (checks, views), (backdrops, paints), Summary.Of(journalMs).Median, result);
        }
    }

    private static async Task<double> RecorderAloneAsync(BenchContext context, StudyLoadResult source, ScriptedRunOptions options, CancellationToken ct)
    {
        var study = source.Study!;
        var path = context.Temp.NewFile("recorder", ".db");
        var database = await LabDatabase.OpenAsync(path, ct);
        var runId = await LabRun.CreateRunAsync(database, source, options, ct);
        var clock = Stopwatch.StartNew();
        await using (var journal = await RunJournal.OpenAsync(database, runId, cancellationToken: ct))
        {
            var runner = new PlainStudyRunner(study, context.Browser)
            {
                Attach = async (browserContext, participant) =>
                {
                    var participantId = await journal.EnsureParticipantAsync($"P{participant + 1:00}", "exact", participant, ct);
                    var sessionId = await journal.StartSessionAsync(participantId, study.Viewport ?? context.Browser.Viewport, null, ct);
                    var recorder = new SessionRecorder(journal, sessionId, new ParticipantClock(), study.Capture);
                    await recorder.AttachAsync(browserContext);
                    return page => recorder.DrainAllAsync(page.Context);
                },
            };
            await runner.RunAsync(options.Participants ?? 1);
        }

        var elapsed = clock.Elapsed.TotalMilliseconds;
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        TempFolder.DeleteDatabase(path);
        return elapsed;
    }

    /// <summary>What the lab runner adds beyond the recorder, from the runner's own timings of its waits and backdrops.</summary>
    private static void Explain(Dictionary<string, List<double>> samples, List<RunnerTimings.Tally> settles, (List<RunnerTimings.Tally> Checks, List<RunnerTimings.Tally> Views) asks, (List<RunnerTimings.Tally> Saved, List<RunnerTimings.Tally> Painted) backdrops, double journalMs, BenchmarkResult result)
    {
        var plain = Summary.Of(samples["plain"]).Median;
        double? recorder = samples.TryGetValue("recorder", out var alone) ? Summary.Of(alone).Median - plain : null; // not run in quick mode
        var lab = Summary.Of(samples["lab"]).Median;
        var settle = Median(settles);
        var backdrop = Median(backdrops.Saved);
        var painted = Median(backdrops.Painted);
        var check = Median(asks.Checks);
        var view = Median(asks.Views);
        var parts = (recorder ?? 0) + settle.Milliseconds + check.Milliseconds + view.Milliseconds + journalMs;
        result.Note($"What limits it — lab − plain = {(lab - plain) / 1000:0.00} s. Its parts: the recorder itself {(recorder is { } own ? Format.Invariant($"{own / 1000:0.00} s (the recorder variant vs plain)") : "(not measured in quick mode)")}; the lab runner's waits for the page ({settle.Count} waits, {settle.MeanMilliseconds:0} ms each = {settle.Milliseconds / 1000:0.00} s, timed in the runner: after an action only for a navigation it started to commit, and for a page's load only where it matters, before a page's first backdrop and before a task's last check; plain Playwright waits for its pages in its next step); success checks ({check.Count} checks, {check.MeanMilliseconds:0} ms each = {check.Milliseconds / 1000:0.00} s: between steps, as people stop once a task is done, and at each task's end with the wait for the page to settle when the first look fails; plain Playwright checks at the end only, each criterion with a web-first wait of up to 0.5 s); asking the page which view each click lands in, so that a new view gets its picture ({view.Count} questions, {view.MeanMilliseconds:0} ms each = {view.Milliseconds / 1000:0.00} s); waiting on the journal (EF Core metadata rows, flushes; timed around each call) {journalMs / 1000:0.00} s. Together {parts / 1000:0.00} s, measured separately, so they need not add up exactly; what is left over is the runner's own Playwright calls per step (drains) and the {backdrop.Count} page archives Chromium saves for the backdrops while the participant goes on ({backdrop.MeanMilliseconds:0} ms each, not waited for, but on the same two cores). Painting them ({painted.Count} paints, {painted.MeanMilliseconds:0} ms each) is left to the run's first report.");
    }

    /// <summary>The repetition with the median total time.</summary>
    private static RunnerTimings.Tally Median(List<RunnerTimings.Tally> tallies) =>
        tallies.OrderBy(t => t.Milliseconds).ElementAt(tallies.Count / 2);
}
