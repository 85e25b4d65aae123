namespace UsabilityLab.Storage.Entities;

/// <summary>One answered questionnaire item (SUS item, SEQ after a task, NPS).</summary>
internal sealed class QuestionnaireResponseRow
{
    public long Id { get; set; }
    public long RunId { get; set; }
    public long ParticipantId { get; set; }
    public required string Instrument { get; set; }
    public string? TaskKey { get; set; }
    public int Item { get; set; }
    public int Value { get; set; }
}
