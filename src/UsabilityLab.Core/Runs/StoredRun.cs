namespace UsabilityLab.Core.Runs;

/// <summary>A run as stored: what was recorded and how it ended, read back for analysis, reports and listings.</summary>
/// <param name="Id">Run id.</param>
/// <param name="Status">Recording, completed, interrupted or failed.</param>
/// <param name="Mode">Scripted, moderated or imported.</param>
/// <param name="Target">The site the run was recorded against, as resolved when it started.</param>
/// <param name="PersonaMode">exact or mixed for scripted runs; null otherwise.</param>
/// <param name="Seed">The seed participants were drawn with.</param>
/// <param name="ParticipantsPlanned">Participants planned.</param>
/// <param name="StartedAt">When it started.</param>
/// <param name="EndedAt">When it ended; null while it records.</param>
/// <param name="BrowserVersion">The browser it was recorded in, when known.</param>
/// <param name="EndReason">Why it ended as it did, when that is not plain (<see cref="RunStatusText.ProcessGone"/>).</param>
public sealed record StoredRun(
    long Id,
    RunStatus Status,
    RunMode Mode,
    string Target,
    string? PersonaMode,
    int Seed,
    int ParticipantsPlanned,
    DateTimeOffset StartedAt,
    DateTimeOffset? EndedAt,
    string? BrowserVersion,
    string? EndReason)
{
    /// <summary>The status as people read it (<see cref="RunStatusText"/>).</summary>
    public string StatusText => RunStatusText.Of(Status, EndReason);
}
