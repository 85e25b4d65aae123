namespace UsabilityLab.Core.Analysis;

/// <summary>One participant's score on a questionnaire (e.g. a complete SUS sheet).</summary>
/// <param name="Participant">Participant label.</param>
/// <param name="Score">The score on the instrument's scale.</param>
public sealed record ParticipantScore(string Participant, double Score);
