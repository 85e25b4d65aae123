namespace UsabilityLab.Benchmarks.Harness;

/// <summary>What one benchmark measured: its figures, its goals (met or not) and notes that explain the numbers.</summary>
internal sealed class BenchmarkResult(string name, string title, string issue)
{
    public string Name { get; } = name;

    public string Title { get; } = title;

    public string Issue { get; } = issue;

    public List<Figure> Figures { get; } = [];

    public List<Goal> Goals { get; } = [];

    /// <summary>Set-up and method notes, and for a missed goal the measured breakdown of what limits it.</summary>
    public List<string> Notes { get; } = [];

    /// <summary>Wall time of the whole benchmark including set-up.</summary>
    public TimeSpan Elapsed { get; set; }

    /// <summary>Set when the benchmark could not run (missing tool, failed set-up); the run continues with the next one.</summary>
    public string? Error { get; set; }

    public Figure Add(Figure figure)
    {
        Figures.Add(figure);
        return figure;
    }

    public Figure Add(string label, string unit, IReadOnlyCollection<double> samples) => Add(Figure.From(label, unit, samples));

    public Figure AddSingle(string label, string unit, double value) => Add(Figure.Single(label, unit, value));

    public void Note(FormattableString text) => Notes.Add(Format.Invariant(text));
}
