using System.Globalization;
using Spectre.Console;
using UsabilityLab.Core.Analysis;
using UsabilityLab.Core.Metrics;

namespace UsabilityLab.Cli.Commands;

/// <summary>The per-task metrics table researchers read on the terminal.</summary>
internal static class AnalysisTable
{
    public static void Print(CliIo io, string title, RunAnalysis analysis)
    {
        var table = new Table().Title(Markup.Escape(title)).AddColumns(
            "task", "n", "success (95% CI)", "time geo mean (95% CI)", "median", "lostness", "click eff.", "SEQ", "rage", "dead", "error clicks", "quick backs");
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
                t.SeqMean is { } seq ? $"{seq:0.0}" : "–",
                Int(t.RageClicks),
                Int(t.DeadClicks),
                Int(t.ErrorClicks),
                Int(t.QuickBacks));
        }

        io.Ansi.Write(table);
        PrintDevices(io, analysis);
        var sus = analysis.Sus is { } s ? $"SUS {s.Mean:0.0} {Ci(s.Ci, "0.0")} grade {s.Grade} (n={s.N})" : "SUS: no answers";
        var nps = analysis.Nps is { } n ? $"NPS {n.Score:+0;-0;0} ({n.Promoters} promoters, {n.Passives} passives, {n.Detractors} detractors)" : "NPS: no answers";
        io.Ansi.MarkupLine(Markup.Escape($"{analysis.Participants} participants · {sus} · {nps}"));
        if (analysis.UnrestoredAttempts > 0)
        {
            io.Ansi.MarkupLine(Markup.Escape($"Note: {analysis.UnrestoredAttempts} attempts left out: they ran after a resume that could not restore the participants' earlier tasks."));
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
        ci is { } c ? $"[{c.Low.ToString(format, CultureInfo.InvariantCulture)}–{c.High.ToString(format, CultureInfo.InvariantCulture)}]" : "";

    private static string Num(double? value, string format) => value?.ToString(format, CultureInfo.InvariantCulture) ?? "–";

    private static string Int(int? value) => value?.ToString(CultureInfo.InvariantCulture) ?? "–";
}
