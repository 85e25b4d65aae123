namespace UsabilityLab.Storage.Entities;

/// <summary>A participant of a run: a simulated persona or a real person's pseudonymous label.</summary>
internal sealed class ParticipantRow
{
    public long Id { get; set; }
    public long RunId { get; set; }
    public required string Label { get; set; }
    public required string Persona { get; set; }
    public int Seed { get; set; }

    /// <summary>K of the shard that records the participant; null in a run recorded in one go.</summary>
    public int? Shard { get; set; }
    public List<SessionRow> Sessions { get; } = [];
}
