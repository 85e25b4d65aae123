using UsabilityLab.Core.Runs;
using UsabilityLab.Storage;

namespace UsabilityLab.Application.Runs;

/// <summary>The runs in a store: found by id or study name, listed, and how far one got and how its attempts ended.</summary>
public sealed class StoredRuns(LabStore store)
{
    private readonly RunCatalog _catalog = new(store.Database);

    /// <summary>The id of run <paramref name="runOrStudy"/> (an id, a sharded run's key, or a study name for its latest run); an input error when there is none.</summary>
    public async Task<long> ResolveAsync(string runOrStudy, CancellationToken ct) => (await FindAsync(runOrStudy, ct)).Id;

    /// <summary>Run <paramref name="runOrStudy"/> as stored (see <see cref="ResolveAsync"/>).</summary>
    public Task<StoredRun> FindAsync(string runOrStudy, CancellationToken ct) => _catalog.ResolveAsync(runOrStudy, ct);

    /// <summary>The store's runs, newest first, of one study when <paramref name="study"/> is given; at most <paramref name="limit"/>.</summary>
    public Task<IReadOnlyList<RunListing>> ListAsync(string? study, int limit, CancellationToken ct) => _catalog.ListAsync(study, limit, ct);

    /// <summary>Participants of the run who attempted every task, and how many were planned.</summary>
    public Task<(int Done, int Planned)> ProgressAsync(long runId, CancellationToken ct) => _catalog.ProgressAsync(runId, ct);

    /// <summary>How the run's attempts ended, for the summary printed after a run.</summary>
    public Task<RunTally> TallyAsync(long runId, CancellationToken ct) => _catalog.TallyAsync(runId, ct);
}
