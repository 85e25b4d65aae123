using System.Runtime.CompilerServices;
using UsabilityLab.Application.Reports;
using UsabilityLab.Application.Runs;
using UsabilityLab.Browser.Pdf;
using UsabilityLab.Browser;
using UsabilityLab.Core.Reports;
using UsabilityLab.Core.Runs;
using UsabilityLab.Core.Studies.Loading;
using UsabilityLab.DemoSite;
using UsabilityLab.Recording.Runner;
using UsabilityLab.Reporting.Report;
using UsabilityLab.Tests.Shared;

namespace UsabilityLab.Reporting.Tests.Support;

/// <summary>
/// One real recording shared by the end-to-end tests: the demo study against the in-process demo shop, three
/// seeded mixed participants into a temporary SQLite database, then the report written as HTML and PDF.
/// </summary>
public sealed class RecordedDemoRun : IAsyncLifetime
{
    private const int Participants = 3;
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "lab-report-tests-" + Guid.NewGuid().ToString("N")[..8]);

    public ReportRun Run { get; private set; } = default!;

    public ReportModel Model { get; private set; } = default!;

    public ReportFiles Files { get; private set; } = default!;

    public string Html { get; private set; } = "";

    public async Task InitializeAsync()
    {
        Directory.CreateDirectory(_folder);
        await using var site = await DemoSiteHost.StartAsync(new DemoSiteOptions { Port = 0 });
        var source = LoadStudy(site.BaseUrl);
        var config = BrowserConfigLoader.Load(Path.Combine(RepositoryRoot(), BrowserConfigLoader.FileName));
        var settings = new RecordSettings(source, null, Path.Combine(_folder, "lab.db"), new ScriptedRunOptions { PersonaMode = PersonaMode.Mixed, Participants = Participants, Seed = 42 })
        {
            Browser = config,
        };
        RecordResult recorded;
        await using (var recording = await StudyRecording.OpenAsync(settings, CancellationToken.None))
        {
            recorded = await recording.RecordAsync(null, null, CancellationToken.None);
        }

        var painting = new CollectedNotices();
        Run = await ReportSources.LoadAsync(recorded.Store, recorded.RunId, CancellationToken.None, painting, config);
        if (Run.Snapshots.Count == 0)
        {
            throw new InvalidOperationException($"the run's page backdrops were not painted: {string.Join("; ", painting.All)}");
        }

        Model = ReportModelBuilder.Build(Run);
        await using var printer = new ChromiumPdfPrinter(config);
        Files = await ReportWriter.WriteAsync(Run, null, Path.Combine(_folder, "report"), ReportFormat.Both, printer, CancellationToken.None);
        Html = await File.ReadAllTextAsync(Files.HtmlPath!);
    }

    public Task DisposeAsync()
    {
        try
        {
            Directory.Delete(_folder, recursive: true);
        }
        catch (IOException)
        {
            // A lingering SQLite handle on a temp folder is not worth failing the suite for.
        }

        return Task.CompletedTask;
    }

    internal static string RepositoryRoot([CallerFilePath] string thisFile = "") =>
        Path.GetFullPath(Path.Combine(Path.GetDirectoryName(thisFile)!, "..", "..", ".."));

    private static StudyLoadResult LoadStudy(Uri baseUrl)
    {
        var path = Path.Combine(RepositoryRoot(), "scenarios", "demo-shop.yaml");
        var source = StudyLoader.LoadFile(path, name => name == "DEMO_SITE_URL" ? baseUrl.ToString() : Environment.GetEnvironmentVariable(name));
        return source.Study is null ? throw new InvalidOperationException(string.Join("; ", source.Diagnostics)) : source;
    }
}

[CollectionDefinition(Name)]
public sealed class RecordedDemoRunCollection : ICollectionFixture<RecordedDemoRun>
{
    public const string Name = "recorded demo run";
}
