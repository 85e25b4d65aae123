using System.Text;
using System.Text.Json;
using Microsoft.Data.Sqlite;
using UsabilityLab.DemoSite;
using UsabilityLab.Tests.Shared;

namespace UsabilityLab.Cli.Tests.Commands;

/// <summary>
/// The team store from the command line: a run recorded into PostgreSQL (<c>--db postgresql://…</c>) is analyzed,
/// reported, exported and drawn as heatmaps as one recorded into SQLite is, with the same outcomes; and an address
/// that is wrong, or a server that is not there, gets one line and its exit code.
/// </summary>
[Collection(CliCollection.Name)]
public sealed class PostgresStoreTests : IAsyncLifetime
{
    private const string Secret = "Pg-Sw0rdfish-4471";
    private const string Card = "4111 1111 1111 1111";
    private DemoSiteHost _site = null!;
    private DirectoryInfo _folder = null!;
    private TestPostgres _postgres = null!;

    private string SqliteDb => Path.Combine(_folder.FullName, "lab.db");

    private string StudyFile => Path.Combine(_folder.FullName, "checkout.yaml");

    public async Task InitializeAsync()
    {
        _postgres = await TestPostgres.CreateAsync();
        _site = await DemoSiteHost.StartAsync(new DemoSiteOptions { SearchDelay = TimeSpan.FromMilliseconds(100) });
        _folder = Directory.CreateTempSubdirectory("lab-pg-");
        await File.WriteAllTextAsync(StudyFile, $$"""
            name: Checkout study
            target: ${LAB_TEST_SITE}
            participants: { count: 2, seed: 3 }
            tasks:
              - id: add-item
                title: Add an item
                prompt: Put a headlamp in your cart.
                start: /product/headlamp
                success: [ { text: Added to cart } ]
                steps:
                  - click: "#add-to-cart"
              - id: check-out
                title: Check out with an account
                prompt: Check out and create an account.
                start: /checkout
                timeLimit: 180s
                success: [ { text: Thank you for your order } ]
                steps:
                  - fill: { selector: "#name", value: "Alex Example" }
                  - fill: { selector: "#email", value: "alex@example.com" }
                  - fill: { selector: "#address", value: "12 Ridge Road" }
                  - fill: { selector: "#city", value: "Boulder" }
                  - fill: { selector: "#zip", value: "80302" }
                  - fill: { selector: "#card", value: "{{Card}}" }
                  - fill: { selector: "#password", value: "${LAB_TEST_SECRET}" }
                  - click: "#place-order"
            gates:
              - { task: add-item, successRate: ">= 0.5" }
              - { task: check-out, timeMedian: "<= 1s" }
            """);
    }

    public async Task DisposeAsync()
    {
        await _site.DisposeAsync();
        SqliteConnection.ClearAllPools();
        _folder.Delete(recursive: true);
        await _postgres.DisposeAsync();
    }

    private EnvironmentScope Environment() =>
        new EnvironmentScope().Set("LAB_TEST_SITE", _site.BaseUrl.ToString()).Set("LAB_TEST_SECRET", Secret).Set("USABILITYLAB_CONFIG", null).Set("USABILITYLAB_DB", null);

    [Fact]
    public async Task Run_IntoPostgres_AnalyzedReportedExportedAndDrawnLikeTheSameRunInSqlite()
    {
        using var env = Environment();

        var sqlite = await CliRunner.RunAsync("run", StudyFile, "--persona", "exact", "--db", SqliteDb, "--out", _folder.FullName);
        var postgres = await CliRunner.RunAsync("run", StudyFile, "--persona", "exact", "--db", _postgres.Uri, "--out", _folder.FullName);

        Assert.Equal((1, 1), (sqlite.ExitCode, postgres.ExitCode)); // the 1 s checkout gate cannot pass; the other does
        Assert.Contains($"→ postgresql://lab@", postgres.Out, StringComparison.Ordinal);
        Assert.DoesNotContain(new Uri(_postgres.Uri).UserInfo, postgres.Out + postgres.Error, StringComparison.Ordinal); // never the password
        Assert.Equal(2L, await _postgres.ScalarAsync("""SELECT count(*) FROM "Participants" """));
        Assert.True((long)(await _postgres.ScalarAsync("""SELECT count(*) FROM "Events" """))! > 20);

        // The same exact persona and seed: the same attempts, outcomes and clicks (times are the machine's).
        var fromSqlite = await AnalyzeAsync("--db", SqliteDb);
        var fromPostgres = await AnalyzeAsync("--db", _postgres.Uri);
        Assert.Equal(Deterministic(fromSqlite), Deterministic(fromPostgres));
        using (new EnvironmentScope().Set("USABILITYLAB_DB", _postgres.Uri))
        {
            Assert.Equal(Deterministic(fromPostgres), Deterministic(await AnalyzeAsync()));
        }

        var heatmaps = await CliRunner.RunAsync("heatmap", "1", "--db", _postgres.Uri, "--out", Path.Combine(_folder.FullName, "heatmaps"));
        Assert.Equal(0, heatmaps.ExitCode);
        Assert.Contains("page backdrop(s) of run 1", heatmaps.Error, StringComparison.Ordinal);
        Assert.NotEmpty(Directory.GetFiles(Path.Combine(_folder.FullName, "heatmaps"), "click-*.png"));
        Assert.Equal(0L, await _postgres.ScalarAsync("""SELECT count(*) FROM "PageSnapshots" WHERE "Archive" IS NOT NULL"""));

        var report = await CliRunner.RunAsync("report", "1", "--db", _postgres.Uri, "--format", "html", "--out", Path.Combine(_folder.FullName, "report"));
        Assert.Equal(0, report.ExitCode);
        var html = await File.ReadAllTextAsync(Assert.Single(Directory.GetFiles(Path.Combine(_folder.FullName, "report"), "*.html")));
        Assert.Contains("Check out with an account", html, StringComparison.Ordinal);

        var export = await CliRunner.RunAsync("export", "Checkout study", "--db", _postgres.Uri, "--format", "csv", "--out", Path.Combine(_folder.FullName, "csv"));
        Assert.Equal(0, export.ExitCode);
        Assert.NotEmpty(Directory.GetFiles(Path.Combine(_folder.FullName, "csv"), "*.csv"));

        var runs = await CliRunner.RunAsync("runs", "--db", _postgres.Uri);
        Assert.Contains("Checkout study", runs.Out, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Run_IntoPostgres_PasswordAndCardInNoByteTheServerWrote()
    {
        using var env = Environment();

        var run = await CliRunner.RunAsync("run", StudyFile, "--persona", "exact", "--participants", "1", "--db", _postgres.Uri, "--out", _folder.FullName);
        var heatmaps = await CliRunner.RunAsync("heatmap", "1", "--db", _postgres.Uri, "--out", Path.Combine(_folder.FullName, "heatmaps"));
        Assert.Equal((1, 0), (run.ExitCode, heatmaps.ExitCode));
        await _postgres.ScalarAsync("CHECKPOINT"); // every table page written to its file, not only to the log

        // Tables, indexes, TOAST, free space, the write-ahead log: every file of the server, as bytes. PostgreSQL keeps
        // what a row held after it is deleted; a password never is a row's, so there is nothing to linger.
        var files = Directory.GetFiles(TestPostgres.DataFolder, "*", SearchOption.AllDirectories);
        var seen = false;
        foreach (var file in files)
        {
            var bytes = Encoding.Latin1.GetString(await File.ReadAllBytesAsync(file));
            seen |= bytes.Contains("Check out with an account", StringComparison.Ordinal);
            Assert.False(bytes.Contains(Secret, StringComparison.Ordinal), $"the password is in {file}");
            Assert.False(bytes.Contains(Card, StringComparison.Ordinal) || bytes.Contains(Card.Replace(" ", "", StringComparison.Ordinal), StringComparison.Ordinal), $"the card number is in {file}");
        }

        Assert.True(seen, "the scan did not see the run's own text: it reads the wrong folder");
    }

    [Theory]
    [InlineData("postgresql://lab:hunter2@/lab", "not a valid URI")]
    [InlineData("postgres://lab:hunter2@db.example/lab?fallback=yes", "unknown parameter 'fallback'")]
    [InlineData("Host=db.example;Password=hunter2", "no database name")]
    public async Task Analyze_MalformedPostgresAddress_OneLineUsageError(string db, string problem)
    {
        var result = await CliRunner.RunAsync("analyze", "1", "--db", db);

        Assert.Equal(2, result.ExitCode);
        var line = Assert.Single(result.ErrorLines);
        Assert.Contains(problem, line, StringComparison.Ordinal);
        Assert.DoesNotContain("hunter2", line, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Analyze_PostgresServerNotReachable_OneLineEnvironmentError()
    {
        var closed = new UriBuilder(_postgres.Uri) { Port = 1 }.Uri.ToString();

        var result = await CliRunner.RunAsync("analyze", "1", "--db", closed);

        Assert.Equal(3, result.ExitCode);
        var line = Assert.Single(result.ErrorLines);
        Assert.Contains("cannot reach the PostgreSQL server", line, StringComparison.Ordinal);
    }

    private static async Task<JsonElement> AnalyzeAsync(params string[] db)
    {
        var result = await CliRunner.RunAsync(["analyze", "1", "--json", .. db]);
        Assert.Equal(0, result.ExitCode);
        return JsonDocument.Parse(result.Out).RootElement.Clone();
    }

    /// <summary>What a run with the exact persona decides the same on any machine: outcomes and counts, not times.</summary>
    private static string Deterministic(JsonElement analysis) =>
        string.Join('\n', analysis.GetProperty("tasks").EnumerateArray().Select(t =>
            string.Join(' ', new[] { "id", "attempts", "successes", "successRate", "abandonRate", "errorRate", "clicksMean" }.Select(f => $"{f}={t.GetProperty(f)}"))))
        + $"\nparticipants={analysis.GetProperty("participants")}";
}
