namespace UsabilityLab.Reporting.Charts;

/// <summary>The per-task overview charts of the report, as SVG.</summary>
public static class TaskCharts
{
    /// <summary>Completion rate (%) per task with adjusted-Wald 95 % intervals; rows carry rates 0–1.</summary>
    public static string Completion(IReadOnlyList<TaskRow> rows) =>
        IntervalChart.Render(Scale(rows, 100), "Completion rate (%) with 95 % CI", 0, 112, "0'%'", bars: true,
            [new ReferenceLine(78, "78 % average (Sauro)")]);

    /// <summary>Time on task (s): each attempt as a dot, the geometric mean of successful attempts as a diamond with its 95 % CI.</summary>
    public static string TimeOnTask(IReadOnlyList<TaskRow> rows)
    {
        ArgumentNullException.ThrowIfNull(rows);
        var max = rows.SelectMany(r => (r.Points ?? []).Append(r.Ci?.High ?? 0).Append(r.Value ?? 0)).DefaultIfEmpty(10).Max();
        return IntervalChart.Render(rows, "Time on task (s): dots = attempts, ◆ = geometric mean of successes with 95 % CI", 0, max * 1.12, "0' s'", bars: false);
    }

    /// <summary>Mean lostness per task (0 = the optimal path) with Smith's 0.4 / 0.5 thresholds.</summary>
    public static string Lostness(IReadOnlyList<TaskRow> rows)
    {
        ArgumentNullException.ThrowIfNull(rows);
        var max = Math.Max(0.7, rows.Select(r => r.Value ?? 0).DefaultIfEmpty(0).Max() * 1.15);
        return IntervalChart.Render(rows, "Mean lostness (0 = optimal path; unitless)", 0, max, "0.00", bars: true,
            [new ReferenceLine(0.4, "< 0.4 not lost"), new ReferenceLine(0.5, "> 0.5 lost")]);
    }

    /// <summary>Mean SEQ (1 = very difficult … 7 = very easy) per task with 95 % t intervals.</summary>
    public static string Seq(IReadOnlyList<TaskRow> rows) =>
        IntervalChart.Render(rows, "SEQ rating (1 = very difficult, 7 = very easy) with 95 % CI", 1, 7.6, "0.0", bars: true,
            [new ReferenceLine(5.5, "5.5 average (Sauro)")]);

    private static TaskRow[] Scale(IReadOnlyList<TaskRow> rows, double factor)
    {
        ArgumentNullException.ThrowIfNull(rows);
        return rows.Select(r => r with
        {
            Value = r.Value * factor,
            Ci = r.Ci is { } ci ? new Core.Metrics.Interval(ci.Low * factor, ci.High * factor) : null,
            Points = r.Points?.Select(p => p * factor).ToArray(),
        }).ToArray();
    }
}
