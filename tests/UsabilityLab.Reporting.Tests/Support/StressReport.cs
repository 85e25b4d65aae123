using UsabilityLab.Browser.Pdf;
using UsabilityLab.Browser;
using UsabilityLab.Core.Reports;
using UsabilityLab.Reporting.Report;

namespace UsabilityLab.Reporting.Tests.Support;

/// <summary>
/// A report built to strain the layout and the wording, printed once by Chromium: a 1,920 px wide heatmap, a page key
/// with nothing to break it at, a task nobody completed (its times reach the end of the axis), and a comparison of a
/// mixed run with an exact one where the difference is beyond what three decimals of p can show.
/// </summary>
public sealed class StressReport : IAsyncLifetime
{
    public const string LongPage = "/notebook/0f3a9c1e2b4d5f6a7b8c9d0e1f2a3b4c5d6e7f8a9b0c1d2e3f4a5b6c7d8e9f0a1b2c3d4e5f6a7b8c9d0e";

    private readonly string _folder = Path.Combine(Path.GetTempPath(), "lab-stress-" + Guid.NewGuid().ToString("N")[..8]);

    public ReportModel Model { get; private set; } = default!;

    public string PdfPath { get; private set; } = "";

    public async Task InitializeAsync()
    {
        var mixed = SyntheticShop.Run(1, "typical", 30, LongPage, applySucceeds: false, viewportWidth: 1920);
        var exact = SyntheticShop.Run(2, "exact", 30, LongPage, applySucceeds: true, viewportWidth: 1920);
        Model = ReportModelBuilder.Build(mixed, exact);
        var config = BrowserConfigLoader.Load(Path.Combine(RecordedDemoRun.RepositoryRoot(), BrowserConfigLoader.FileName));
        await using var printer = new ChromiumPdfPrinter(config);
        var files = await ReportWriter.WriteAsync(mixed, exact, _folder, ReportFormat.Pdf, printer, CancellationToken.None);
        PdfPath = files.PdfPath!;
    }

    public Task DisposeAsync()
    {
        Directory.Delete(_folder, recursive: true);
        return Task.CompletedTask;
    }
}

[CollectionDefinition(Name)]
public sealed class StressReportCollection : ICollectionFixture<StressReport>
{
    public const string Name = "stress report";
}
