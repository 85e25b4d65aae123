using System.CommandLine;
using System.Globalization;
using UsabilityLab.Application.Reports;
using UsabilityLab.Application.Runs;
using UsabilityLab.Application;
using UsabilityLab.CommandLine;
using UsabilityLab.Core.Errors;
using UsabilityLab.Core.Runs;
using UsabilityLab.Core.Reports;

namespace UsabilityLab.Cli.Commands;

/// <summary><c>lab report RUN</c>: the stakeholder report as HTML and/or PDF.</summary>
internal static class ReportCommand
{
    internal sealed record Settings(string Run, string Format, string Out, string? Compare, string? Db);

    public static Command Create(CliIo io)
    {
        var run = new Argument<string>("RUN") { Description = "Run id, or a study name for its latest run" };
        var format = new Option<string>("--format") { Description = "pdf, html or both", DefaultValueFactory = _ => "both" };
        format.AcceptOnlyFromAmong("pdf", "html", "both");
        var output = new Option<string>("--out") { Description = "Output folder", DefaultValueFactory = _ => Path.Combine("out", "report") };
        var compare = new Option<string?>("--compare") { Description = "A second run (id or study name) to compare with, e.g. before a redesign" };
        var db = CommonOptions.Database();
        var command = new Command("report", "Write the stakeholder report (PDF and self-contained HTML) for a run") { run, format, output, compare, db };
        command.SetAction((parse, ct) => RunAsync(
            new Settings(parse.GetValue(run)!, parse.GetValue(format)!, parse.GetValue(output)!, parse.GetValue(compare), parse.GetValue(db)), io, ct));
        return command;
    }

    private static async Task<int> RunAsync(Settings settings, CliIo io, CancellationToken cancellationToken)
    {
        var format = Validate(settings);
        RunReports.CheckPrinter(format); // exit 3 before any work when there is no browser to print with

        var store = await LabStore.OpenExistingAsync(settings.Db, cancellationToken);
        var runs = new StoredRuns(store);
        var run = await runs.FindAsync(settings.Run, cancellationToken);
        var runId = run.Id;
        if (RunStatusText.IsWaitingForShards(run.Status, run.EndReason))
        {
            io.Error.WriteLine($"lab: run {runId} is incomplete: {run.EndReason}; the report covers the participants recorded so far and says so on its cover");
        }

        long? compareId = settings.Compare is { } other ? await runs.ResolveAsync(other, cancellationToken) : null;
        if (compareId == runId)
        {
            throw new InputException($"--compare {settings.Compare}: that is run {runId} itself; compare with another run");
        }

        var report = new ReportSettings(runId, settings.Out) { Format = format, CompareRunId = compareId };
        var files = await RunReports.WriteAsync(store, report, io.Notices, cancellationToken);
        foreach (var path in new[] { files.PdfPath, files.HtmlPath }.OfType<string>())
        {
            io.Out.WriteLine(path);
        }

        io.Error.WriteLine(string.Create(CultureInfo.InvariantCulture, $"lab: report for run {runId} written in {files.Elapsed.TotalSeconds:0.0} s"));
        return ExitCodes.Ok;
    }

    private static ReportFormat Validate(Settings settings)
    {
        if (File.Exists(settings.Out))
        {
            throw new InputException($"--out {settings.Out}: is a file; the report needs a folder (it writes report.pdf and report.html)");
        }

        return settings.Format switch
        {
            "pdf" => ReportFormat.Pdf,
            "html" => ReportFormat.Html,
            _ => ReportFormat.Both,
        };
    }
}
