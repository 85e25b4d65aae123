using System.Globalization;
using UsabilityLab.Core.Analysis;
using UsabilityLab.Core.Text;

namespace UsabilityLab.Reporting.Report;

/// <summary>The rows of a task's metrics table: value, 95 % interval and a note on how to read it.</summary>
internal static class MetricRows
{
    public static IReadOnlyList<MetricRow> For(TaskMetrics m, bool simulated)
    {
        var inv = CultureInfo.InvariantCulture;
        var rows = new List<MetricRow>
        {
            new("Completion rate", m.Attempts > 0 ? string.Create(inv, $"{m.Successes} of {m.Attempts} ({Fmt.Percent(m.SuccessRate)})") : "—", Fmt.PercentCi(m.SuccessRateCi), "adjusted-Wald 95 % CI"),
            new("Failed / abandoned / technical", string.Create(inv, $"{m.Failures} / {m.Abandons} / {m.TechnicalErrors}"), "", "technical = ended by a technical problem, no fair try"),
            new("Error rate", m.ErrorRate is null ? "—" : string.Create(inv, $"{m.AttemptsWithErrors} of {m.Attempts} ({Fmt.Percent(m.ErrorRate)})"), Fmt.PercentCi(m.ErrorRateCi), "attempts with at least one error: JS, request, validation or misclick"),
            new("Time on task (successes)", Fmt.Num(m.TimeGeoMeanS, "0.0", " s"), Fmt.Ci(m.TimeCiS, "0.0", " s"), string.Create(inv, $"geometric mean; median {Fmt.Num(m.TimeMedianS, "0.0", " s")}, mean {Fmt.Num(m.TimeMeanS, "0.0", " s")}")),
            new("Time on task (all attempts)", Fmt.Num(m.TimeAllAttemptsGeoMeanS, "0.0", " s"), "", "geometric mean incl. failures; median " + Fmt.Num(m.TimeAllAttemptsMedianS, "0.0", " s")),
            new("Lostness", Fmt.Num(m.LostnessMean, "0.00"), "", m.OptimalPages is { } r ? string.Create(inv, $"0 = optimal; R = {r} pages ({m.OptimalPagesSource}); > 0.5 = lost") : "no optimal path known"),
            new("Click efficiency", Fmt.Percent(m.ClickEfficiency), "", "golden-path clicks / clicks, successes only"),
            new("Time-based efficiency", Fmt.Num(m.TimeBasedEfficiency, "0.00", " goals/min"), "", "ISO/IEC 25022"),
            new("Errors per attempt", Fmt.Num(m.ErrorsPerAttempt, "0.0"), "", string.Create(inv, $"JS {m.JsErrors ?? 0}, requests {m.FailedRequests ?? 0}, validation {m.ValidationErrors ?? 0}, misclicks/attempt {Fmt.Num(m.MisclicksPerAttempt, "0.0")}")),
            simulated
                ? new("SEQ (1–7)", "not measured", "", "simulated participants have no opinion")
                : new("SEQ (1–7)", Fmt.Num(m.SeqMean, "0.0"), Fmt.Ci(m.SeqCi, "0.0"), string.Create(inv, $"n = {m.SeqN}; 7 = very easy")),
            new("Frustration signals", string.Create(inv, $"{m.RageClicks ?? 0} rage, {m.DeadClicks ?? 0} dead, {m.ErrorClicks ?? 0} error clicks"), "", string.Create(inv, $"{m.QuickBacks ?? 0} quick backs, {m.ExcessiveScrolls ?? 0} excessive scrolling, {m.Hesitations ?? 0} hesitations")),
        };
        return rows;
    }
}
