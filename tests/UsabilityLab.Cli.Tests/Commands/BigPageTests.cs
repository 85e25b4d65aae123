using Microsoft.Data.Sqlite;
using UsabilityLab.Core.Sessions;
using UsabilityLab.Storage;
using UsabilityLab.Tests.Shared;

namespace UsabilityLab.Cli.Tests.Commands;

/// <summary>
/// A 25 MB page (pictures inlined in its HTML, as some pages do) in a real run: the golden path through it succeeds,
/// its backdrop is its first screen with a note, and the report and the heatmap command say so.
/// </summary>
[Collection(CliCollection.Name)]
public sealed class BigPageTests : IAsyncLifetime
{
    private const string Note = "only the first screen: the page was too large to keep whole (25.0 MB; limit 8 MB)";
    private LoopbackSite _site = null!;
    private DirectoryInfo _folder = null!;

    private string Db => Path.Combine(_folder.FullName, "lab.db");

    public async Task InitializeAsync()
    {
        _site = await LoopbackSite.StartAsync(new Dictionary<string, string>
        {
            ["/big"] = BigPage(),
            ["/done"] = "<!doctype html><title>Done</title><h1>Done</h1>",
        });
        _folder = Directory.CreateTempSubdirectory("lab-big-");
        await File.WriteAllTextAsync(Path.Combine(_folder.FullName, "big.yaml"), $$"""
            name: Big page
            target: {{_site.BaseUrl}}
            participants: { count: 1 }
            tasks:
              - id: through-big-page
                title: Through a big page
                prompt: Press Go.
                start: /big
                success: [ { text: Done } ]
                steps:
                  - click: "#go"
            """);
    }

    public async Task DisposeAsync()
    {
        await _site.DisposeAsync();
        SqliteConnection.ClearAllPools();
        _folder.Delete(recursive: true);
    }

    [Fact]
    public async Task RunThenReport_25MbPage_GoldenPathSucceeds_BackdropIsItsFirstScreenWithTheNoteInTheReport()
    {
        using var env = new EnvironmentScope().Set("USABILITYLAB_CONFIG", null);

        var run = await CliRunner.RunAsync("run", Path.Combine(_folder.FullName, "big.yaml"), "--persona", "exact", "--db", Db, "--out", _folder.FullName);

        Assert.Equal(0, run.ExitCode);
        var database = await LabDatabase.OpenAsync(Db);
        Assert.Equal(AttemptOutcome.Success, Assert.Single((await new RunReader(database).LoadAsync(1, includeEvents: false)).Attempts).Outcome);
        var screenshots = new ScreenshotReader(database);
        var big = Assert.Single(await screenshots.LoadAsync(1), p => p.PageKey == "/big");
        Assert.DoesNotContain(await screenshots.UnpaintedAsync(1), a => a.Archive.PageKey == "/big"); // the page was not archived: its picture was kept at once
        Assert.Equal((1280, 800, Note), (big.Width, big.Height, big.Note));

        var report = await CliRunner.RunAsync("report", "1", "--db", Db, "--format", "html", "--out", Path.Combine(_folder.FullName, "report"));
        Assert.Equal(0, report.ExitCode);
        var html = await File.ReadAllTextAsync(Path.Combine(_folder.FullName, "report", "report.html"));
        Assert.Contains($"Page picture: {Note}.", html, StringComparison.Ordinal);

        var heatmap = await CliRunner.RunAsync("heatmap", "1", "--db", Db, "--page", "/big", "--out", Path.Combine(_folder.FullName, "big.png"));
        Assert.Equal(0, heatmap.ExitCode);
        Assert.Contains($"lab: /big @ 1280 px: page picture: {Note}", heatmap.ErrorLines);
    }

    /// <summary>25,000,000 bytes of HTML: a Go link on top, then ten inlined pictures (which need no layout, so the page loads in about a second).</summary>
    private static string BigPage()
    {
        const string Head = """<!doctype html><title>Big</title><h1>Big page</h1><a id="go" href="/done">Go</a>""";
        const string Before = """<img width="1" height="1" alt="" src="data:image/png;base64,""";
        const string After = "\">";
        var picture = Before + new string('A', (25_000_000 - Head.Length) / 10 - Before.Length - After.Length) + After;
        var html = Head + string.Concat(Enumerable.Repeat(picture, 10));
        return html + new string(' ', 25_000_000 - html.Length);
    }
}
