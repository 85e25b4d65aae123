namespace UsabilityLab.Benchmarks.Support;

/// <summary>The dashboard's addresses of one run's pages (the routes of src/UsabilityLab.Server/Dashboard/Components/Pages).</summary>
internal sealed record PagePaths(long RunId, string TaskId, string StudyName)
{
    public string Run => $"/runs/{RunId}";

    public string Task => $"{Run}/tasks/{Uri.EscapeDataString(TaskId)}";

    public string Studies => "/";

    public string Study => "/studies/" + Uri.EscapeDataString(StudyName);
}
