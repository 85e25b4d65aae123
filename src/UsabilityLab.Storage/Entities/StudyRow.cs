namespace UsabilityLab.Storage.Entities;

/// <summary>A study file as it was when a run started: its text and hash, so a report can always say what was tested.</summary>
internal sealed class StudyRow
{
    public long Id { get; set; }
    public required string Name { get; set; }
    public required string SourceText { get; set; }
    public required string Sha256 { get; set; }
    public string? SourcePath { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
    public List<RunRow> Runs { get; } = [];
}
