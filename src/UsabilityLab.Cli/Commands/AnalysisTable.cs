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
                Markup.Escape(t.SuccessRate is { } rate ? $"{rate:P0} {Ci(t.SuccessRateCi, "P0")}" : "–"),
                Markup.Escape(t.TimeGeoMeanS is { } time ? $"{time:0.0} s {Ci(t.TimeCiS, "0.0")}" : "–"),
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
        var sus = analysis.Sus is { } s ? $"SUS {s.Mean:0.0} {Ci(s.Ci, "0.0")} grade {s.Grade} (n={s.N})" : "SUS: no answers";
        var nps = analysis.Nps is { } n ? $"NPS {n.Score:+0;-0;0} ({n.Promoters} promoters, {n.Passives} passives, {n.Detractors} detractors)" : "NPS: no answers";
        io.Ansi.MarkupLine(Markup.Escape($"{analysis.Participants} participants · {sus} · {nps}"));
        if (analysis.UnrestoredAttempts > 0)
        {
            io.Ansi.MarkupLine(Markup.Escape($"Note: {analysis.UnrestoredAttempts} attempts left out: the lab could not set up where they start (a resume could not restore the participants' earlier tasks, or a task setup hook failed)."));
        }

        if (analysis.EventsLost > 0)
        {
            io.Ansi.MarkupLine(Markup.Escape($"Note: {analysis.EventsLost} recorded events never reached the lab from the pages (a broken or hostile page); counts on those pages may be short."));
        }
    }

    private static string Ci(Interval? ci, string format) =>
        ci is { } c ? $"[{c.Low.ToString(format, CultureInfo.InvariantCulture)}–{c.High.ToString(format, CultureInfo.InvariantCulture)}]" : "";

    private static string Num(double? value, string format) => value?.ToString(format, CultureInfo.InvariantCulture) ?? "–";

    private static string Int(int? value) => value?.ToString(CultureInfo.InvariantCulture) ?? "–";
}
