using System.CommandLine;
using UsabilityLab.Application.Heatmaps;
using UsabilityLab.Application;
using UsabilityLab.CommandLine;
using UsabilityLab.Core.Heatmaps;

namespace UsabilityLab.Cli.Commands;

/// <summary><c>lab heatmap RUN</c>: click, move or scroll heatmaps over the stored page screenshots, one PNG per page.</summary>
internal static class HeatmapCommand
{
    internal sealed record Settings(string Run, string? Page, string? Task, string Kind, string? Out, string? Db);

    public static Command Create(CliIo io)
    {
        var run = new Argument<string>("RUN") { Description = "Run id, or a study name for its latest run" };
        var page = new Option<string?>("--page") { Description = "Page URL, path or glob (e.g. /product/*); default: every page" };
        var task = new Option<string?>("--task") { Description = "Only events of this task id" };
        var kind = new Option<string>("--kind") { Description = "click, move or scroll", DefaultValueFactory = _ => "click" };
        kind.AcceptOnlyFromAmong("click", "move", "scroll");
        var output = new Option<string?>("--out") { Description = "FILE.png for one page, or a folder (default out/heatmaps)" };
        var db = CommonOptions.Database();
        var command = new Command("heatmap", "Render heatmaps (PNG) over the page screenshots of a run") { run, page, task, kind, output, db };
        command.SetAction((parse, ct) => RunAsync(
            new Settings(parse.GetValue(run)!, parse.GetValue(page), parse.GetValue(task), parse.GetValue(kind)!, parse.GetValue(output), parse.GetValue(db)), io, ct));
        return command;
    }

    private static async Task<int> RunAsync(Settings settings, CliIo io, CancellationToken cancellationToken)
    {
        var kind = settings.Kind switch { "move" => HeatmapKind.Move, "scroll" => HeatmapKind.Scroll, _ => HeatmapKind.Click };
        var store = await LabStore.OpenExistingAsync(settings.Db, cancellationToken);
        var heatmaps = new HeatmapSettings(settings.Run, kind) { Page = settings.Page, Task = settings.Task, Out = settings.Out };
        foreach (var path in await HeatmapRendering.WriteAsync(store, heatmaps, io.Notices, cancellationToken))
        {
            io.Out.WriteLine(path);
        }

        return ExitCodes.Ok;
    }
}
