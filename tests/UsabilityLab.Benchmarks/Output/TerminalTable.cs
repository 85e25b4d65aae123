using UsabilityLab.Benchmarks.Harness;

namespace UsabilityLab.Benchmarks.Output;

/// <summary>Plain aligned text for the terminal: one block per benchmark, then every goal with its verdict.</summary>
internal static class TerminalTable
{
    public static void Write(TextWriter writer, BenchmarkResult result)
    {
        writer.WriteLine();
        writer.WriteLine($"{result.Name} ({result.Issue}) — {result.Title}   [{result.Elapsed.TotalSeconds:0.0} s]");
        if (result.Error is not null)
        {
            writer.WriteLine($"  FAILED TO RUN: {result.Error}");
        }

        var rows = result.Figures.Select(f => new[] { f.Label, Harness.Format.Number(f.Value.Median), f.Unit, Harness.Format.Spread(f.Value), f.Value.Count.ToString(System.Globalization.CultureInfo.InvariantCulture) }).ToList();
        if (rows.Count > 0)
        {
            WriteRows(writer, ["figure", "median", "unit", "min–max", "n"], rows);
        }

        foreach (var goal in result.Goals)
        {
            writer.WriteLine($"  goal {(goal.NotChecked is not null ? "–" : goal.Met ? "✔" : "✘")} {goal.Text}: {goal.Verdict}");
        }

        foreach (var note in result.Notes)
        {
            writer.WriteLine($"  note: {note}");
        }
    }

    public static void WriteSummary(TextWriter writer, RunReport run)
    {
        writer.WriteLine();
        writer.WriteLine($"Summary ({(run.Quick ? "quick" : "full")} run, {run.Elapsed.TotalSeconds:0.0} s, {run.Machine.Cores} cores, {run.Machine.Configuration}, load average {run.Load.Start} → {run.Load.End})");
        var rows = run.Results.SelectMany(r => r.Error is not null
            ? [[r.Name, "failed to run", r.Error]]
            : r.Goals.Select(g => new[] { r.Name, g.Status, $"{g.Text}: {(g.NotChecked ?? $"{Harness.Format.Number(g.Measured)} {g.Unit}")} (goal {g.Limit})" })).ToList();
        WriteRows(writer, ["benchmark", "goal", "measured"], rows);
    }

    private static void WriteRows(TextWriter writer, string[] header, IReadOnlyList<string[]> rows)
    {
        var widths = header.Select((h, i) => rows.Select(r => r[i].Length).Append(h.Length).Max()).ToArray();
        var numeric = header.Select(h => h is "median" or "n").ToArray();
        string Line(string[] cells) => "  " + string.Join("  ", cells.Select((c, i) => numeric[i] ? c.PadLeft(widths[i]) : c.PadRight(widths[i]))).TrimEnd();
        writer.WriteLine(Line(header));
        writer.WriteLine("  " + string.Join("  ", widths.Select(w => new string('-', w))));
        foreach (var row in rows)
        {
            writer.WriteLine(Line(row));
        }
    }
}
