// Side-by-side benchmarks (issue 7). Entry point: ./lab bench [NAME...] [--quick] [--json] [--list].
using System.Diagnostics;
using UsabilityLab.Benchmarks.Harness;
using UsabilityLab.Benchmarks.Output;

BenchArgs settings;
try
{
    settings = BenchArgs.Parse(args, Registry.All.Select(b => b.Name).ToArray());
}
catch (ArgumentException ex)
{
    Console.Error.WriteLine($"bench: {ex.Message}");
    return 2;
}

if (settings.Help || settings.List)
{
    Console.WriteLine(settings.Help ? BenchArgs.Usage : string.Join('\n', Registry.All.Select(b => $"{b.Name,-20} {b.Issue,-4} {b.Title}")));
    return 0;
}

// With --json, stdout carries only the JSON document; everything for people goes to stderr.
var human = settings.Json ? Console.Error : Console.Out;
var selected = settings.Names.Count == 0 ? Registry.All : Registry.All.Where(b => settings.Names.Contains(b.Name)).ToList();
using var cancel = new CancellationTokenSource();
Console.CancelKeyPress += (_, e) => { e.Cancel = true; cancel.Cancel(); };

var clock = Stopwatch.StartNew();
await using var context = new BenchContext(settings.Quick, RepoRoot.Find(), Console.Error);
var machine = MachineInfo.Describe(context);
var loadAtStart = MachineInfo.LoadAverage();
Console.Error.WriteLine($"bench: {(settings.Quick ? "quick" : "full")} run of {selected.Count} benchmark(s) on {machine.Cores} cores, {machine.Configuration}, load average {loadAtStart}");
var results = new List<BenchmarkResult>();
var interrupted = false;
try
{
    foreach (var benchmark in selected)
    {
        // One benchmark's garbage must not slow the next one down or show up in its memory figures.
        GC.Collect(GC.MaxGeneration, GCCollectionMode.Aggressive, blocking: true, compacting: true);
        Console.Error.WriteLine($"bench: {benchmark.Name} …");
        var result = await benchmark.RunAsync(context, cancel.Token);
        results.Add(result);
        TerminalTable.Write(human, result);
    }
}
catch (OperationCanceledException)
{
    interrupted = true;
    Console.Error.WriteLine("bench: interrupted (Ctrl-C); the benchmarks that finished are summarised below");
}

var run = new RunReport(DateTimeOffset.Now, settings.Quick, clock.Elapsed, machine, (loadAtStart, MachineInfo.LoadAverage()), results);
TerminalTable.WriteSummary(human, run);
if (settings.Json)
{
    Console.Out.WriteLine(JsonReport.Serialize(run));
}

if (settings.Quick || interrupted)
{
    Console.Error.WriteLine("bench: BENCHMARKS.md not updated (quick or interrupted runs never update it)");
}
else if (selected.Count == Registry.All.Count)
{
    var path = MarkdownReport.Write(context.RepoRoot, run);
    Console.Error.WriteLine($"bench: wrote {path}");
}
else
{
    // Only the benchmarks that ran change; their sections say when and on what they were measured.
    var path = MarkdownReport.Update(context.RepoRoot, run, [.. Registry.All.Select(b => b.Name)]);
    Console.Error.WriteLine($"bench: updated {string.Join(", ", results.Select(r => r.Name))} in {path}");
}

// Exit 0 even when goals are missed: the run's job is to measure; a benchmark that failed to run is exit 1.
return interrupted ? 130 : results.Any(r => r.Error is not null) ? 1 : 0;
