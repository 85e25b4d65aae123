namespace UsabilityLab.Benchmarks.Harness;

/// <summary>One named benchmark. Implementations measure side by side in one process run and report ratios.</summary>
internal abstract class Benchmark
{
    /// <summary>Name used on the command line (<c>./lab bench NAME</c>).</summary>
    public abstract string Name { get; }

    /// <summary>One-line description for the table and BENCHMARKS.md.</summary>
    public abstract string Title { get; }

    /// <summary>The issue whose goals it checks, e.g. "#3".</summary>
    public abstract string Issue { get; }

    public async Task<BenchmarkResult> RunAsync(BenchContext context, CancellationToken ct)
    {
        var result = new BenchmarkResult(Name, Title, Issue);
        var clock = System.Diagnostics.Stopwatch.StartNew();
        try
        {
            await MeasureAsync(context, result, ct);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            // One broken benchmark must not hide the others' figures: report it and go on.
            result.Error = $"{ex.GetType().Name}: {ex.Message.Split('\n', 2)[0]}";
            context.Log($"{Name}: failed: {ex}");
        }

        result.Elapsed = clock.Elapsed;
        return result;
    }

    protected abstract Task MeasureAsync(BenchContext context, BenchmarkResult result, CancellationToken ct);
}
