using System.Text.Json;
using System.Text.Json.Serialization;

namespace UsabilityLab.Benchmarks.Output;

/// <summary>The machine-readable twin of the table: camelCase, raw samples included, goals with met/measured/target.</summary>
internal static class JsonReport
{
    private static readonly JsonSerializerOptions Options = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        WriteIndented = true,
        NumberHandling = JsonNumberHandling.AllowNamedFloatingPointLiterals,
    };

    public static string Serialize(RunReport run) => JsonSerializer.Serialize(new
    {
        date = run.Date,
        mode = run.Quick ? "quick" : "full",
        elapsedSeconds = Math.Round(run.Elapsed.TotalSeconds, 1),
        machine = run.Machine,
        loadAverage = new { start = run.Load.Start, end = run.Load.End },
        benchmarks = run.Results.Select(r => new
        {
            name = r.Name,
            issue = r.Issue,
            title = r.Title,
            elapsedSeconds = Math.Round(r.Elapsed.TotalSeconds, 1),
            error = r.Error,
            figures = r.Figures.Select(f => new { label = f.Label, unit = f.Unit, median = f.Value.Median, min = f.Value.Min, max = f.Value.Max, q1 = f.Value.Q1, q3 = f.Value.Q3, n = f.Value.Count, samples = f.Samples }),
            goals = r.Goals.Select(g => new { text = g.Text, status = g.Status, met = g.NotChecked is null ? g.Met : (bool?)null, notChecked = g.NotChecked, measured = g.Measured, target = g.Target, unit = g.Unit, comparison = g.AtMost ? "<=" : ">=" }),
            notes = r.Notes,
        }),
    }, Options);
}
