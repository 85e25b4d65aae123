using UsabilityLab.Storage;
using UsabilityLab.Storage.Entities;

namespace UsabilityLab.Application.Runs;

/// <summary>A recorded run: where it is stored and how it ended (completed, or interrupted and resumable).</summary>
public sealed record RecordResult(LabDatabase Database, long RunId, RunStatus Status);
