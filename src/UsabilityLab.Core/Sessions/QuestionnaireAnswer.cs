namespace UsabilityLab.Core.Sessions;

/// <summary>One answered questionnaire item.</summary>
/// <param name="Participant">Participant label.</param>
/// <param name="Instrument"><c>sus</c> (items 1–10, 1–5), <c>seq</c> (item 1, 1–7, per task), <c>nps</c> (item 1, 0–10).</param>
/// <param name="TaskId">Task the answer refers to (SEQ), else null.</param>
/// <param name="Item">1-based item number.</param>
/// <param name="Value">The answer on the instrument's scale.</param>
public sealed record QuestionnaireAnswer(string Participant, string Instrument, string? TaskId, int Item, int Value);
