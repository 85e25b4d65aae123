namespace UsabilityLab.Recording.Runner;

/// <summary>How a scripted run draws and drives its participants.</summary>
public sealed record ScriptedRunOptions
{
    /// <summary><see cref="PersonaMode.Exact"/> for QA benchmarks, <see cref="PersonaMode.Mixed"/> for simulated people.</summary>
    public PersonaMode PersonaMode { get; init; } = PersonaMode.Mixed;

    /// <summary>Overrides the study's participant count.</summary>
    public int? Participants { get; init; }

    /// <summary>Overrides the study's seed; the same seed gives the same participants and decisions.</summary>
    public int? Seed { get; init; }

    /// <summary>Participants run in parallel, each worker with its own browser.</summary>
    public int Workers { get; init; } = 1;

    /// <summary>Show the browser windows.</summary>
    public bool Headed { get; init; }

    /// <summary>The stored run's id, which <c>${RUN}</c> expands to in the study (0 when nothing stores the run).</summary>
    public long RunId { get; init; }
}

/// <summary>How participants behave.</summary>
public enum PersonaMode
{
    /// <summary>Follow the steps with a fixed short think time and no deviations (reproducible QA mode).</summary>
    Exact,

    /// <summary>Draw participants from the study's persona mix with a seeded RNG.</summary>
    Mixed,
}

/// <summary>Progress of a run, for progress bars.</summary>
/// <param name="ParticipantsDone">Participants finished.</param>
/// <param name="ParticipantsTotal">Participants planned.</param>
/// <param name="Participant">Participant now running (last to report).</param>
/// <param name="TaskId">Task that participant is on, or null between tasks.</param>
public sealed record RunProgress(int ParticipantsDone, int ParticipantsTotal, string Participant, string? TaskId);
