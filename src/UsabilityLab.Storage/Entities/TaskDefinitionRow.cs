namespace UsabilityLab.Storage.Entities;

/// <summary>A task as defined when the run started (studies change; runs must stay interpretable).</summary>
internal sealed class TaskDefinitionRow
{
    public long Id { get; set; }
    public long RunId { get; set; }
    public required string TaskKey { get; set; }
    public int Order { get; set; }
    public required string Title { get; set; }
    public required string Prompt { get; set; }
    public double TimeLimitSeconds { get; set; }
    public int GoldenPathClicks { get; set; }

    /// <summary>Optimal path pages, newline-separated.</summary>
    public string OptimalPath { get; set; } = "";
}
