using UsabilityLab.Core.Runs;
using UsabilityLab.Storage;

namespace UsabilityLab.Application.Runs;

/// <summary>A recorded run: where it is stored and how it ended (completed, or interrupted and resumable).</summary>
public sealed record RecordResult(LabStore Store, long RunId, RunStatus Status);
