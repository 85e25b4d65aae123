using System.Globalization;
using Spectre.Console;
using UsabilityLab.CommandLine;
using UsabilityLab.Core.Analysis;
using UsabilityLab.Core.Metrics;
using UsabilityLab.Core.Text;

namespace UsabilityLab.Cli.Commands;

/// <summary>The per-task metrics table researchers read on the terminal.</summary>
internal static class AnalysisTable
{
    public static void Print(CliIo io, string title, RunAnalysis analysis)
    {
        var table = new Table().Title(Markup.Escape(title)).AddColumns(
            "task", "n", "success (95% CI)", "time geo mean (95% CI)", "median (successes)", "lostness", "click eff.", "error rate", "SEQ", "rage", "dead", "error clicks", "quick backs");
        foreach (var t in analysis.Tasks)
        {
            table.AddRow(
                Markup.Escape(t.Id),
                Int(t.Attempts),
                Success(t),
                Time(t),
                t.TimeMedianS is { } median ? $"{median:0.0} s" : "–",
                Num(t.LostnessMean, "0.00"),
                Num(t.ClickEfficiency, "0.00"),
                t.ErrorRate is { } errors ? $"{errors:P0}" : "–",
                analysis.Simulated ? "n/m" : t.SeqMean is { } seq ? $"{seq:0.0}" : "–",
                Int(t.RageClicks),
                Int(t.DeadClicks),
                Int(t.ErrorClicks),
                Int(t.QuickBacks));
        }

        io.Ansi.Write(table);
        PrintDevices(io, analysis);
        if (analysis.Simulated)
        {
            // A model has no opinion: no SUS, SEQ or NPS of simulated participants is ever scored (docs/personas.md).
            io.Ansi.MarkupLine(Markup.Escape($"{analysis.Participants} simulated participants (persona model) · SUS, SEQ, NPS: not measured (n/m): simulated participants"));
        }
        else
        {
            var sus = analysis.Sus is { } s ? $"SUS {s.Mean:0.0} {Ci(s.Ci, "0.0")} grade {s.Grade} (n={s.N})" : "SUS: no answers";
            var nps = analysis.Nps is { } n ? $"NPS {Fmt.Signed(n.Score)} ({n.Promoters} promoters, {n.Passives} passives, {n.Detractors} detractors)" : "NPS: no answers";
            io.Ansi.MarkupLine(Markup.Escape($"{analysis.Participants} participants · {sus} · {nps}"));
        }

        io.Ansi.MarkupLine(Markup.Escape("median: of successful attempts; error rate: attempts with at least one error (JS, request, validation, misclick)"));
        if (analysis.UnrestoredAttempts > 0)
        {
            io.Ansi.MarkupLine(Markup.Escape($"Note: {analysis.UnrestoredAttempts} attempts left out: the lab could not set up where they start (a resume could not restore the participants' earlier tasks, or a task setup hook failed)."));
        }

        if (analysis.EventsLost > 0)
        {
            io.Ansi.MarkupLine(Markup.Escape($"Note: {analysis.EventsLost} recorded events never reached the lab from the pages (a broken or hostile page); counts on those pages may be short."));
        }
    }

    /// <summary>When participants used more than one device: success and time per task on each, to compare them.</summary>
    private static void PrintDevices(CliIo io, RunAnalysis analysis)
    {
        if (analysis.Devices.Count == 0)
        {
            return;
        }

        var table = new Table().Title("By device").AddColumns("device", "participants", "task", "n", "success (95% CI)", "time geo mean (95% CI)");
        foreach (var device in analysis.Devices)
        {
            foreach (var t in device.Tasks)
            {
                table.AddRow(
                    Markup.Escape(device.Device),
                    Int(device.Participants),
                    Markup.Escape(t.Id),
                    Int(t.Attempts),
                    Success(t),
                    Time(t));
            }
        }

        io.Ansi.Write(table);
    }

    private static string Success(TaskMetrics t) => Markup.Escape(t.SuccessRate is { } rate ? $"{rate:P0} {Ci(t.SuccessRateCi, "P0")}" : "–");

    private static string Time(TaskMetrics t) => Markup.Escape(t.TimeGeoMeanS is { } time ? $"{time:0.0} s {Ci(t.TimeCiS, "0.0")}" : "–");

    private static string Ci(Interval? ci, string format) =>
        ci is { } c ? $"[{Fmt.Range(c.Low, c.High, format)}]" : "";

    private static string Num(double? value, string format) => value?.ToString(format, Fmt.Numbers) ?? "–";

    private static string Int(int? value) => value?.ToString(CultureInfo.InvariantCulture) ?? "–";
}
