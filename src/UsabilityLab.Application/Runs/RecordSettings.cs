using UsabilityLab.Browser;
using UsabilityLab.Core.Runs;
using UsabilityLab.Core.Studies.Loading;
using UsabilityLab.Recording.Runner;

namespace UsabilityLab.Application.Runs;

/// <summary>What <see cref="StudyRecording"/> records: a valid study file, the database, the runner's options.</summary>
/// <param name="Source">The loaded study file; it must be valid.</param>
/// <param name="SourcePath">The study file's full path, stored with the run (null when it did not come from a file).</param>
/// <param name="DatabasePath">SQLite file; null for the default ($USABILITYLAB_DB or ./usabilitylab.db).</param>
/// <param name="Options">The scripted runner's options; a resumed run keeps its own persona mode, seed and participants.</param>
public sealed record RecordSettings(StudyLoadResult Source, string? SourcePath, string? DatabasePath, ScriptedRunOptions Options)
{
    /// <summary>An interrupted run to continue (its id), or null for a new run.</summary>
    public long? Resume { get; init; }

    /// <summary>
    /// The key of a sharded run (<c>--run-key</c>): every shard given it records into one run, created by whichever
    /// starts first. Required with <see cref="ScriptedRunOptions.Shard"/>.
    /// </summary>
    public string? RunKey { get; init; }

    /// <summary>The browser to record with; null reads playwright.config.json.</summary>
    public BrowserConfig? Browser { get; init; }

    /// <summary>
    /// Browser servers to record in (<c>--browser-endpoint</c>, <c>ws://</c> addresses as <c>./lab browser-server</c>
    /// prints them), in place of the config's <c>browser.endpoints</c>; empty keeps those. With any, nothing is looked up
    /// or launched here.
    /// </summary>
    public IReadOnlyList<string> BrowserEndpoints { get; init; } = [];

    /// <summary>The most participants one browser server serves at once (<c>--per-endpoint</c>); null keeps the config's.</summary>
    public int? PerEndpoint { get; init; }

    /// <summary>
    /// The clock the recording reads: the run's start and end, its lease's heartbeats, the stored sessions' times and
    /// the runner's (participant time, waits, time limits); <see cref="TimeProvider.System"/> when null.
    /// </summary>
    public TimeProvider? Time { get; init; }
}
