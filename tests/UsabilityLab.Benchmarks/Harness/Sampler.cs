using System.Diagnostics;

namespace UsabilityLab.Benchmarks.Harness;

/// <summary>
/// Warm-up and repetition. Side-by-side variants are interleaved, in alternating order (A B C, C B A, …), rather than run
/// in blocks, so a slow drift of the machine (thermal, page cache, another process) and any "who goes first" effect hit
/// every variant alike and cancel out of the ratios.
/// </summary>
internal static class Sampler
{
    /// <summary>Runs each variant <paramref name="warmups"/> + <paramref name="repeats"/> times, interleaved;
    /// each call returns its own measurement (so a variant can exclude its set-up). Warm-up values are dropped.</summary>
    public static async Task<Dictionary<string, List<double>>> InterleavedAsync(
        int warmups, int repeats, IReadOnlyList<(string Name, Func<Task<double>> Measure)> variants, Action<string>? log = null, CancellationToken ct = default)
    {
        var samples = variants.ToDictionary(v => v.Name, _ => new List<double>());
        for (var round = 0; round < warmups + repeats; round++)
        {
            foreach (var (name, measure) in round % 2 == 0 ? variants : variants.Reverse())
            {
                ct.ThrowIfCancellationRequested();
                var value = await measure();
                if (round >= warmups)
                {
                    samples[name].Add(value);
                }

                log?.Invoke(Format.Invariant($"{name} {(round < warmups ? "warm-up" : $"#{round - warmups + 1}")}: {Format.Number(value)}"));
            }
        }

        return samples;
    }

    /// <summary>Times <paramref name="action"/> in milliseconds, warm-ups dropped.</summary>
    public static async Task<List<double>> TimeAsync(int warmups, int repeats, Func<Task> action, CancellationToken ct = default)
    {
        var samples = new List<double>();
        for (var i = 0; i < warmups + repeats; i++)
        {
            ct.ThrowIfCancellationRequested();
            var clock = Stopwatch.StartNew();
            await action();
            if (i >= warmups)
            {
                samples.Add(clock.Elapsed.TotalMilliseconds);
            }
        }

        return samples;
    }

    /// <summary>Milliseconds of one run of <paramref name="action"/>.</summary>
    public static async Task<double> MillisecondsAsync(Func<Task> action)
    {
        var clock = Stopwatch.StartNew();
        await action();
        return clock.Elapsed.TotalMilliseconds;
    }

    /// <summary>Per-round ratios a/b, for the spread of a ratio measured in pairs.</summary>
    public static List<double> Ratios(IReadOnlyList<double> a, IReadOnlyList<double> b) =>
        a.Zip(b, (x, y) => y == 0 ? double.NaN : x / y).ToList();
}
