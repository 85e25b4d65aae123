using UsabilityLab.Core.Runs;

namespace UsabilityLab.Storage.Tests.Runs.Merging;

/// <summary>What <see cref="ShardRecorder"/> records: shard <see cref="Shard"/> of <see cref="Count"/> of run <see cref="Key"/>.</summary>
internal sealed record ShardRecording(string Key, int Shard, int Count)
{
    /// <summary>The study file's hash.</summary>
    public string Sha { get; init; } = "sha-of-the-study";

    /// <summary>The run's seed.</summary>
    public int Seed { get; init; } = 7;

    /// <summary>How the shard ends; null: its process was killed (the shard still says it records).</summary>
    public RunStatus? Finish { get; init; } = RunStatus.Completed;

    /// <summary>Records a run without a key first, so that the shard's ids are not those of a fresh file.</summary>
    public bool OtherRunFirst { get; init; }

    /// <summary>Events of each participant's first attempt.</summary>
    public int EventsPerAttempt { get; init; } = 25;

    /// <summary>When the shard starts (its rows' times follow from it).</summary>
    public DateTimeOffset Start { get; init; } = new(2026, 12, 7, 9, 0, 0, TimeSpan.Zero);

    /// <summary>The shard's participants; by default the two of the roster that are its own (P01 is shard 1's).</summary>
    public IReadOnlyList<string>? Labels { get; init; }

    /// <summary>Participants planned for the run: two a shard.</summary>
    public int Participants => 2 * Count;

    /// <summary>The labels recorded.</summary>
    public IReadOnlyList<string> LabelsRecorded => Labels ?? [$"P{Shard:00}", $"P{Shard + Count:00}"];
}
