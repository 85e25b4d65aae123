namespace UsabilityLab.Core.Runs;

/// <summary>Progress of a run, for progress bars.</summary>
/// <param name="ParticipantsDone">Participants finished.</param>
/// <param name="ParticipantsTotal">Participants planned.</param>
/// <param name="Participant">Participant now running (last to report).</param>
/// <param name="TaskId">Task that participant is on, or null between tasks.</param>
public sealed record RunProgress(int ParticipantsDone, int ParticipantsTotal, string Participant, string? TaskId);
