using System.CommandLine;
using UsabilityLab.Application.Analysis;
using UsabilityLab.Application.Reports;
using UsabilityLab.Application.Runs;
using UsabilityLab.CommandLine;
using UsabilityLab.Core.Errors;
using UsabilityLab.Core.Runs;
using UsabilityLab.DemoSite;

namespace UsabilityLab.Cli.Commands;

/// <summary>
/// <c>lab demo</c>: the main job, offline. Starts the bundled shop, runs the demo study with 12 simulated
/// participants into a fresh database under out/demo, prints the metrics with the shop's traps visible in them,
/// and writes the stakeholder report (out/demo/report.html and report.pdf).
/// </summary>
internal static class DemoCommand
{
    /// <summary>The dashboard's default port (the lab server's <c>serve --port</c>), for the command the demo ends with.</summary>
    private const int DashboardPort = 5100;

    internal sealed record Settings(string OutputDirectory, string StudyFile, int Participants, int Workers);

    public static Command Create(CliIo io)
    {
        var output = new Option<string>("--out") { Description = "Output folder", DefaultValueFactory = _ => Path.Combine("out", "demo") };
        var study = new Option<string>("--study") { Description = "Study file to run against the demo shop", DefaultValueFactory = _ => Path.Combine("scenarios", "demo-shop.yaml") };
        var participants = new Option<int>("--participants") { Description = "Simulated participants", DefaultValueFactory = _ => 12 };
        var workers = new Option<int>("--workers") { Description = "Participants in parallel", DefaultValueFactory = _ => 2 };
        var command = new Command("demo", "Run the demo study against the bundled shop and show what the lab finds") { output, study, participants, workers };
        command.SetAction((parse, ct) => RunAsync(new Settings(parse.GetValue(output)!, parse.GetValue(study)!, parse.GetValue(participants), parse.GetValue(workers)), io, ct));
        return command;
    }

    private static async Task<int> RunAsync(Settings settings, CliIo io, CancellationToken cancellationToken)
    {
        if (!File.Exists(settings.StudyFile))
        {
            throw new InputException($"{settings.StudyFile}: study file not found; run ./lab demo from the repository root or pass --study FILE");
        }

        Directory.CreateDirectory(settings.OutputDirectory);
        var dbPath = Path.GetFullPath(Path.Combine(settings.OutputDirectory, "demo.db"));
        foreach (var stale in new[] { dbPath, dbPath + "-wal", dbPath + "-shm" })
        {
            File.Delete(stale); // every demo starts from a fresh database
        }

        await using var site = await DemoSiteHost.StartAsync(cancellationToken: cancellationToken);
        Environment.SetEnvironmentVariable("DEMO_SITE_URL", site.BaseUrl.ToString());
        io.Out.WriteLine($"Demo shop at {site.BaseUrl}");

        if (StudyFiles.LoadValid(settings.StudyFile, io) is not { } source)
        {
            return ExitCodes.Usage;
        }

        var options = new ScriptedRunOptions { Participants = settings.Participants, Workers = settings.Workers };
        var recorded = await RunProgressView.RecordAsync(io, new RecordSettings(source, Path.GetFullPath(settings.StudyFile), dbPath, options), cancellationToken);
        var (store, runId) = (recorded.Store, recorded.RunId);
        if (recorded.Status == Core.Runs.RunStatus.Interrupted)
        {
            io.Error.WriteLine($"lab: demo interrupted; the partial run is in {dbPath}");
            return ExitCodes.Interrupted;
        }

        var (data, analysis) = await AnalysisLoader.LoadAsync(store, runId.ToString(System.Globalization.CultureInfo.InvariantCulture), cancellationToken);
        AnalysisTable.Print(io, $"Run {runId}: {data.StudyName}", analysis);
        var gates = GateCheck.Evaluate(analysis, data.Study);
        GateTable.Print(io, gates);
        io.Out.WriteLine($"Database: {dbPath}");
        io.Out.WriteLine($"Analysis (JSON): {AnalysisJson.WriteFile(settings.OutputDirectory, store, data, analysis, gates)}");
        var report = await RunReports.WriteAsync(store, new ReportSettings(runId, settings.OutputDirectory), io.Notices, cancellationToken);
        io.Out.WriteLine($"Report (HTML): {report.HtmlPath}");
        io.Out.WriteLine($"Report (PDF): {report.PdfPath}");
        io.Out.WriteLine($"Dashboard: ./lab serve --db {dbPath}   (then open http://127.0.0.1:{DashboardPort}/)");
        // The demo shows gates failing on purpose (the coupon trap); that is the finding, not a failed demo.
        return ExitCodes.Ok;
    }
}
