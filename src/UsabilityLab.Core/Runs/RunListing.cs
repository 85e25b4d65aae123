namespace UsabilityLab.Core.Runs;

/// <summary>One run as <c>lab runs</c> lists it.</summary>
/// <param name="Id">Run id.</param>
/// <param name="Study">Study name.</param>
/// <param name="Mode">Scripted, moderated or imported.</param>
/// <param name="Status">Recording, completed, interrupted or failed.</param>
/// <param name="EndReason">Why it ended as it did, when that is not plain (<see cref="RunStatusText.ProcessGone"/>).</param>
/// <param name="ParticipantsDone">Participants who attempted every task.</param>
/// <param name="ParticipantsPlanned">Participants planned.</param>
/// <param name="StartedAt">When it started.</param>
/// <param name="EndedAt">When it ended; null while it records.</param>
public sealed record RunListing(long Id, string Study, RunMode Mode, RunStatus Status, string? EndReason, int ParticipantsDone, int ParticipantsPlanned, DateTimeOffset StartedAt, DateTimeOffset? EndedAt)
{
    /// <summary>The status as people read it: recording, completed, interrupted, interrupted (process gone), failed.</summary>
    public string StatusText => RunStatusText.Of(Status, EndReason);
}
