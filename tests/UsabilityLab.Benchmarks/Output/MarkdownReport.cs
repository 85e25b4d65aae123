using System.Globalization;
using System.Text;
using UsabilityLab.Benchmarks.Harness;
using UsabilityLab.Core.Files;

namespace UsabilityLab.Benchmarks.Output;

/// <summary>
/// Writes BENCHMARKS.md at the repository root. A full run rewrites the whole file, every figure from that run; a run of
/// some benchmarks (<c>./lab bench NAME…</c>) replaces only their goal rows and sections (<see cref="Update"/>), and
/// each such section says when and on what it was measured, since that is not the full run the file's header describes.
/// </summary>
internal static class MarkdownReport
{
    private const string FileName = "BENCHMARKS.md";
    private const string GoalsHeading = "## Goals";

    /// <summary>Says, in the header, that sections may come from later runs (and then say so themselves).</summary>
    private const string PartialRunsNote = "A section measured in a later run of only some benchmarks (`./lab bench NAME…`) says when and on what machine it was measured.";

    public static string Write(string repoRoot, RunReport run)
    {
        var path = Path.Combine(repoRoot, FileName);
        AtomicFile.WriteAllText(path, Render(run));
        return path;
    }

    /// <summary>
    /// Replaces the goal rows and sections of the benchmarks in <paramref name="run"/> in BENCHMARKS.md, keeping every
    /// other benchmark's as it is; sections are kept in <paramref name="order"/> (the registry's), benchmarks the file
    /// did not have yet are added in their place. Without a BENCHMARKS.md, writes a new one with only this run.
    /// </summary>
    public static string Update(string repoRoot, RunReport run, IReadOnlyList<string> order)
    {
        var path = Path.Combine(repoRoot, FileName);
        AtomicFile.WriteAllText(path, File.Exists(path) ? Merge(File.ReadAllText(path), run, order) : Render(run));
        return path;
    }

    public static string Render(RunReport run)
    {
        var md = new StringBuilder();
        md.Append(Header(run));
        md.AppendLine(GoalsHeading).AppendLine();
        AppendGoalsTableHead(md);
        foreach (var r in run.Results)
        {
            md.Append(GoalRows(r));
        }

        foreach (var r in run.Results)
        {
            md.AppendLine().Append(Section(r, measuredApart: null));
        }

        return md.ToString();
    }

    /// <summary>The existing file with <paramref name="run"/>'s benchmarks put in.</summary>
    private static string Merge(string existing, RunReport run, IReadOnlyList<string> order)
    {
        var text = existing.Replace("\r\n", "\n", StringComparison.Ordinal);
        var goalsAt = text.IndexOf("\n" + GoalsHeading + "\n", StringComparison.Ordinal);
        if (goalsAt < 0)
        {
            return Render(run); // not a file this report wrote: start again from this run
        }

        var header = text[..(goalsAt + 1)];
        var (goalRows, sections) = Parse(text[(goalsAt + 1)..]);
        var ran = run.Results.ToDictionary(r => r.Name);
        var apart = MeasuredApart(run);
        foreach (var r in run.Results)
        {
            goalRows[r.Name] = GoalRows(r);
            sections[r.Name] = Section(r, apart);
        }

        // The registry's order first, then whatever the file has that the registry no longer knows, as it was.
        var names = order.Where(n => sections.ContainsKey(n) || goalRows.ContainsKey(n))
            .Concat(sections.Keys.Concat(goalRows.Keys).Where(n => !order.Contains(n)).Distinct())
            .ToList();
        var md = new StringBuilder();
        md.Append(header.Contains(PartialRunsNote, StringComparison.Ordinal) ? header : AddPartialRunsNote(header));
        md.AppendLine(GoalsHeading).AppendLine();
        AppendGoalsTableHead(md);
        foreach (var name in names)
        {
            md.Append(goalRows.GetValueOrDefault(name, ""));
        }

        foreach (var name in names.Where(sections.ContainsKey))
        {
            md.AppendLine().Append(sections[name].TrimEnd('\n')).AppendLine();
        }

        return md.ToString();
    }

    /// <summary>Goal rows by benchmark (in file order) and each benchmark's section (its "## name" heading to the next).</summary>
    private static (Dictionary<string, string> GoalRows, Dictionary<string, string> Sections) Parse(string body)
    {
        var goalRows = new Dictionary<string, string>(StringComparer.Ordinal);
        var sections = new Dictionary<string, string>(StringComparer.Ordinal);
        var lines = body.Split('\n');
        string? section = null;
        var current = new StringBuilder();
        foreach (var line in lines)
        {
            if (line.StartsWith("## ", StringComparison.Ordinal))
            {
                Flush();
                section = line == GoalsHeading ? null : line[3..].Trim();
                if (section is not null)
                {
                    current.Append(line).Append('\n');
                }

                continue;
            }

            if (section is not null)
            {
                current.Append(line).Append('\n');
            }
            else if (GoalRowName(line) is { } name)
            {
                goalRows[name] = goalRows.GetValueOrDefault(name, "") + line + "\n";
            }
        }

        Flush();
        return (goalRows, sections);

        void Flush()
        {
            if (section is not null)
            {
                sections[section] = current.ToString().TrimEnd('\n') + "\n";
            }

            current.Clear();
        }
    }

    /// <summary>The benchmark a goals-table row belongs to: "| [name](#name) | …" or, for one that failed, "| name | – | …".</summary>
    private static string? GoalRowName(string line)
    {
        if (!line.StartsWith("| ", StringComparison.Ordinal) || line.StartsWith("| benchmark |", StringComparison.Ordinal) || line.StartsWith("|---", StringComparison.Ordinal))
        {
            return null;
        }

        var space = line.IndexOf(' ', 2);
        if (space < 0)
        {
            return null;
        }

        var cell = line[2..space];
        return cell.StartsWith('[') && cell.IndexOf(']', StringComparison.Ordinal) is var end and > 1 ? cell[1..end] : cell;
    }

    private static string AddPartialRunsNote(string header)
    {
        // After the "Measured on … in one full run …" paragraph, which stays true of every section that does not say otherwise.
        var at = header.IndexOf("\nMeasured on ", StringComparison.Ordinal);
        var end = at < 0 ? -1 : header.IndexOf('\n', at + 1);
        return end < 0 ? header + PartialRunsNote + "\n\n" : header[..end] + " " + PartialRunsNote + header[end..];
    }

    /// <summary>The line a section measured apart from the full run starts with: when, what was run, and on what.</summary>
    private static string MeasuredApart(RunReport run)
    {
        var m = run.Machine;
        return Line($"Measured {run.Date:yyyy-MM-dd HH:mm zzz} in a run of only {string.Join(", ", run.Results.Select(r => $"`{r.Name}`"))} ({run.Elapsed.TotalMinutes:0.0} min), not in the full run above; machine: {m.Cpu} ({m.Cores} cores), {m.MemoryGiB:0.0} GiB, {m.Os}, .NET {m.DotNet.Replace(".NET ", "", StringComparison.Ordinal)}, {m.Configuration}, {m.Chromium}; load average {run.Load.Start} at the start, {run.Load.End} at the end.");
    }

    private static string Header(RunReport run)
    {
        var md = new StringBuilder();
        var m = run.Machine;
        md.AppendLine("# Benchmarks").AppendLine();
        md.AppendLine(Line($"<!-- Generated by `./lab bench` (tests/UsabilityLab.Benchmarks) on {run.Date:yyyy-MM-dd HH:mm zzz}. Do not edit: re-run the benchmarks. -->")).AppendLine();
        md.AppendLine(Line($"Measured on {run.Date:yyyy-MM-dd} in one full run of {run.Elapsed.TotalMinutes:0.0} min. Each benchmark warms up, repeats, and reports the median with min–max over the repetitions; every comparison is a ratio of variants measured side by side, interleaved, in the same process run. Ratios travel between machines better than absolute times. {PartialRunsNote}"));
        md.AppendLine();
        md.AppendLine("| machine | |").AppendLine("|---|---|");
        foreach (var (key, value) in new[]
        {
            ("CPU", $"{m.Cpu} ({m.Cores} cores)"), ("Memory", Line($"{m.MemoryGiB:0.0} GiB")), ("OS", $"{m.Os}, Linux {m.Kernel}"),
            (".NET", m.DotNet), ("Build", m.Configuration), ("Chromium", m.Chromium), ("Node", m.Node),
            ("Competitors", $"rrweb {m.Rrweb}, heatmap.js {m.HeatmapJs} (npm)"),
            ("Load average (1/5/15 min)", $"{run.Load.Start} at the start, {run.Load.End} at the end (other work on the machine slows absolute times)"),
        })
        {
            md.AppendLine($"| {key} | {Escape(value)} |");
        }

        md.AppendLine();
        return md.ToString();
    }

    private static void AppendGoalsTableHead(StringBuilder md) =>
        md.AppendLine("| benchmark | goal | result |").AppendLine("|---|---|---|");

    private static string GoalRows(BenchmarkResult r)
    {
        var md = new StringBuilder();
        if (r.Error is not null)
        {
            md.AppendLine($"| {r.Name} | – | **failed to run**: {Escape(r.Error)} |");
        }

        foreach (var g in r.Goals)
        {
            md.AppendLine($"| [{r.Name}](#{r.Name}) | {Escape(g.Text)} | {Verdict(g)} |");
        }

        return md.ToString();
    }

    /// <summary>One benchmark's section; <paramref name="measuredApart"/> says when and on what, for a section not from the header's run.</summary>
    private static string Section(BenchmarkResult r, string? measuredApart)
    {
        var md = new StringBuilder();
        md.AppendLine($"## {r.Name}").AppendLine();
        md.AppendLine(Line($"{r.Title} (issue {r.Issue}; {r.Elapsed.TotalSeconds:0} s)")).AppendLine();
        if (measuredApart is not null)
        {
            md.AppendLine($"_{measuredApart}_").AppendLine();
        }

        if (r.Figures.Count > 0)
        {
            md.AppendLine("| figure | median | unit | min–max | IQR | n |").AppendLine("|---|--:|---|---|---|--:|");
            foreach (var f in r.Figures)
            {
                var iqr = f.Value.Count > 2 ? $"{Harness.Format.Number(f.Value.Q1)}–{Harness.Format.Number(f.Value.Q3)}" : "";
                md.AppendLine($"| {Indent(Escape(f.Label))} | {Harness.Format.Number(f.Value.Median)} | {f.Unit} | {Harness.Format.Spread(f.Value)} | {iqr} | {f.Value.Count} |");
            }

            md.AppendLine();
        }

        foreach (var g in r.Goals)
        {
            md.AppendLine($"- Goal: {Escape(g.Text)} — {Verdict(g)}.");
        }

        foreach (var note in r.Notes)
        {
            md.AppendLine($"- {Escape(note)}");
        }

        return md.ToString();
    }

    /// <summary>Sub-figures are labelled with leading spaces; Markdown tables drop those, non-breaking spaces survive.</summary>
    private static string Indent(string label) =>
        string.Concat(Enumerable.Repeat("&nbsp;&nbsp;", (label.Length - label.TrimStart(' ').Length) / 2)) + label.TrimStart(' ');

    private static string Verdict(Goal g) => Escape(g.Met ? g.Verdict : g.Verdict.Replace("NOT MET", "**NOT MET**", StringComparison.Ordinal));

    private static string Line(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);

    private static string Escape(string text) => text.Replace("|", "\\|", StringComparison.Ordinal).Replace("\n", " ", StringComparison.Ordinal);
}
