namespace UsabilityLab.Core.Runs;

/// <summary>How a scripted run draws and drives its participants.</summary>
public sealed record ScriptedRunOptions
{
    /// <summary><see cref="PersonaMode.Exact"/> for QA benchmarks, <see cref="PersonaMode.Mixed"/> for simulated people.</summary>
    public PersonaMode PersonaMode { get; init; } = PersonaMode.Mixed;

    /// <summary>Overrides the study's participant count.</summary>
    public int? Participants { get; init; }

    /// <summary>Overrides the study's seed; the same seed gives the same participants and personas (docs/personas.md, "Determinism").</summary>
    public int? Seed { get; init; }

    /// <summary>
    /// Participants run at once: each in a browser of its own here, or spread over the browser servers (at most their
    /// per-endpoint share on one). Null: one here, as many as the browser servers take.
    /// </summary>
    public int? Workers { get; init; }

    /// <summary>The slice of the roster this process records (<c>--shard K/N</c>); null: every participant.</summary>
    public Shard? Shard { get; init; }

    /// <summary>Show the browser windows.</summary>
    public bool Headed { get; init; }

    /// <summary>The stored run's id, which <c>${RUN}</c> expands to in the study (0 when nothing stores the run).</summary>
    public long RunId { get; init; }
}
