using System.Collections.Concurrent;
using UsabilityLab.Storage.Runs;

namespace UsabilityLab.Application.Dashboard;

/// <summary>
/// Values computed from a run, kept while the run's <see cref="RunStamp"/> stays the same and the analysis code is
/// the one that computed them (<see cref="AnalysisVersion"/>). At most <paramref name="capacity"/> runs are kept; the
/// least recently used goes first. Two requests for the same run share one computation.
/// </summary>
internal sealed class RunCache<T>(int capacity)
    where T : class
{
    /// <summary>The analysis code's version: a cache key part, so that a value computed by older code is never served.</summary>
    public static readonly string AnalysisVersion = typeof(Core.Analysis.RunAnalyzer).Assembly.ManifestModule.ModuleVersionId.ToString("N");

    private readonly ConcurrentDictionary<long, Entry> _entries = new();
    private long _uses;

    /// <summary>The value for <paramref name="runId"/> at <paramref name="stamp"/>, computed by <paramref name="compute"/> when missing or stale.</summary>
    public async Task<T> GetAsync(long runId, RunStamp stamp, Func<CancellationToken, Task<T>> compute, CancellationToken ct)
    {
        var key = (stamp, AnalysisVersion);
        var entry = _entries.AddOrUpdate(
            runId,
            _ => new Entry(key, Start(compute)),
            (_, old) => old.Key.Equals(key) && !old.Value.IsFaulted && !old.Value.IsCanceled ? old : new Entry(key, Start(compute)));
        entry.LastUse = Interlocked.Increment(ref _uses);
        Evict();
        return await entry.Value.WaitAsync(ct);
    }

    /// <summary>The value for <paramref name="runId"/> when it is cached at <paramref name="stamp"/> and already computed.</summary>
    public T? Peek(long runId, RunStamp stamp) =>
        _entries.TryGetValue(runId, out var entry) && entry.Key.Equals((stamp, AnalysisVersion)) && entry.Value.IsCompletedSuccessfully ? entry.Value.Result : null;

    // Computed without the caller's token: a reader who leaves must not cancel the computation others wait for.
    private static Task<T> Start(Func<CancellationToken, Task<T>> compute) => Task.Run(() => compute(CancellationToken.None));

    private void Evict()
    {
        while (_entries.Count > capacity)
        {
            var oldest = _entries.MinBy(e => e.Value.LastUse);
            _entries.TryRemove(oldest.Key, out _);
        }
    }

    private sealed class Entry((RunStamp, string) key, Task<T> value)
    {
        public (RunStamp, string) Key { get; } = key;

        public Task<T> Value { get; } = value;

        public long LastUse { get; set; }
    }
}
