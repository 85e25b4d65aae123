using System.Text.Json;
using System.Xml.Linq;
using Microsoft.Data.Sqlite;
using UsabilityLab.Core.Runs;
using UsabilityLab.Core.Sessions;
using UsabilityLab.DemoSite;
using UsabilityLab.Storage.Moderation;
using UsabilityLab.Storage;
using UsabilityLab.Tests.Shared;

namespace UsabilityLab.Cli.Tests.Commands;

[Collection(CliCollection.Name)]
public sealed class RunAndAnalyzeTests : IAsyncLifetime
{
    private const string Secret = "Sw0rdfish-Zebra-9917";
    private DemoSiteHost _site = null!;
    private DirectoryInfo _folder = null!;

    private string Db => Path.Combine(_folder.FullName, "lab.db");

    private string StudyFile => Path.Combine(_folder.FullName, "checkout.yaml");

    public async Task InitializeAsync()
    {
        _site = await DemoSiteHost.StartAsync(new DemoSiteOptions { SearchDelay = TimeSpan.FromMilliseconds(100) });
        _folder = Directory.CreateTempSubdirectory("lab-run-");
        // The password comes from the environment, so the study text stored with the run does not contain it either.
        await File.WriteAllTextAsync(StudyFile, """
            name: Checkout study
            target: ${LAB_TEST_SITE}
            participants: { count: 2, seed: 3 }
            questionnaires: { afterEachTask: seq, afterStudy: [sus, nps] }
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
                  - fill: { selector: "#name", value: "Alex Secretname" }
                  - fill: { selector: "#email", value: "alex@example.com" }
                  - fill: { selector: "#address", value: "12 Ridge Road" }
                  - fill: { selector: "#city", value: "Boulder" }
                  - fill: { selector: "#zip", value: "80302" }
                  - fill: { selector: "#card", value: "4111 1111 1111 1111" }
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
    }

    private EnvironmentScope Environment() =>
        new EnvironmentScope().Set("LAB_TEST_SITE", _site.BaseUrl.ToString()).Set("LAB_TEST_SECRET", Secret).Set("USABILITYLAB_CONFIG", null);

    [Fact]
    public async Task Run_ExactPersona_RecordsIntoSqlite_NeverStoresTypedSecrets_GatesDecideExitCode()
    {
        using var env = Environment();

        var result = await CliRunner.RunAsync("run", StudyFile, "--persona", "exact", "--db", Db, "--out", _folder.FullName);

        Assert.Equal(1, result.ExitCode); // the 1 s checkout gate cannot pass; the other gates do
        Assert.Contains("Run 1:", result.Out, StringComparison.Ordinal);
        Assert.Contains("FAIL check-out: timeMedian <= 1", result.Out, StringComparison.Ordinal);
        Assert.Contains("pass add-item: successRate >= 0.5", result.Out, StringComparison.Ordinal);
        // The run summary names who took part and measures its median as analyze does: of successful attempts.
        Assert.Contains("2 simulated participants (persona model)", result.Out, StringComparison.Ordinal);
        Assert.Contains("median time (successes)", System.Text.RegularExpressions.Regex.Replace(result.Out, @"[\s│]+", " "), StringComparison.Ordinal);
        // Named by database and run: another database's run 1 written to the same folder gets its own file.
        Assert.Matches(@"^lab-[0-9a-f]{6}-run-1\.json$", Path.GetFileName(Assert.Single(Directory.GetFiles(_folder.FullName, "*run-1.json"))));
        SqliteConnection.ClearAllPools();
        var bytes = string.Join("\n", new[] { Db, Db + "-wal" }.Where(File.Exists).Select(f => System.Text.Encoding.Latin1.GetString(File.ReadAllBytes(f))));
        Assert.Contains("Checkout study", bytes, StringComparison.Ordinal); // the scan does see the file's content
        Assert.DoesNotContain(Secret, bytes, StringComparison.Ordinal);
        var archives = await ArchivesAsync();
        Assert.NotEmpty(archives); // the pages are kept compressed until painted: scanned unpacked and decoded
        Assert.All(archives, mhtml => Assert.DoesNotContain(Secret, ArchiveText.Of(mhtml), StringComparison.Ordinal));

        var noBrowser = Path.Combine(_folder.FullName, "no-browser.json");
        await File.WriteAllTextAsync(noBrowser, """{ "executablePath": "/nonexistent/chromium" }""");
        using (new EnvironmentScope().Set("USABILITYLAB_CONFIG", noBrowser))
        {
            var unpainted = await CliRunner.RunAsync("heatmap", "1", "--db", Db, "--out", Path.Combine(_folder.FullName, "none"));
            Assert.Contains("page backdrops not painted", unpainted.Error, StringComparison.Ordinal);
            Assert.Equal(archives.Count, (await ArchivesAsync()).Count); // kept for a report that can paint them
        }

        var heatmaps = await CliRunner.RunAsync("heatmap", "1", "--db", Db, "--out", Path.Combine(_folder.FullName, "heatmaps"));
        Assert.Equal(0, heatmaps.ExitCode);
        Assert.Contains($"painting {archives.Count} page backdrop(s) of run 1", heatmaps.Error, StringComparison.Ordinal);
        Assert.NotEmpty(Directory.GetFiles(Path.Combine(_folder.FullName, "heatmaps"), "click-*.png"));
        Assert.Empty(await ArchivesAsync()); // painted once: the pictures are kept, the pages' DOM is not

        var json = await CliRunner.RunAsync("analyze", "Checkout study", "--db", Db, "--json");
        Assert.Equal(0, json.ExitCode);
        using var document = JsonDocument.Parse(json.Out);
        var task = document.RootElement.GetProperty("tasks")[1];
        foreach (var field in new[] { "id", "attempts", "successes", "successRate", "successRateCi", "abandonRate", "errorRate", "errorRateCi", "technicalErrorRate", "timeGeoMeanS", "timeCiS", "timeMedianS", "clicksMean", "clickEfficiency", "lostnessMean", "timeBasedEfficiency", "seqMean", "seqCi", "rageClicks", "deadClicks", "errorClicks", "quickBacks" })
        {
            Assert.True(task.TryGetProperty(field, out _), $"missing field {field}");
        }

        Assert.Equal("check-out", task.GetProperty("id").GetString());
        Assert.Equal(2, task.GetProperty("successes").GetInt32());
        Assert.Equal(2, task.GetProperty("successRateCi").GetArrayLength());
        // Simulated participants: behaviour measured, opinions not (no SUS, no SEQ).
        Assert.Equal(JsonValueKind.Null, document.RootElement.GetProperty("sus").ValueKind);
        Assert.Equal(JsonValueKind.Null, task.GetProperty("seqMean").ValueKind);
        Assert.True(document.RootElement.GetProperty("simulated").GetBoolean());
        Assert.Equal(2, document.RootElement.GetProperty("participants").GetInt32());
        Assert.Equal(2, document.RootElement.GetProperty("simulatedParticipants").GetInt32());

        var text = await CliRunner.RunAsync("analyze", "1", "--db", Db);
        Assert.Contains("median: of successful attempts", text.Out, StringComparison.Ordinal);
        Assert.Contains("2 simulated participants (persona model) · SUS, SEQ, NPS: not measured (n/m): simulated participants", text.Out, StringComparison.Ordinal);
        Assert.DoesNotContain("SUS: no answers", text.Out, StringComparison.Ordinal);

        // An exact run against a mixed one is not like for like: the persona model, not the site, makes the difference.
        var mixed = await CliRunner.RunAsync("run", StudyFile, "--participants", "1", "--db", Db, "--out", _folder.FullName);
        Assert.Contains("Run 2:", mixed.Out, StringComparison.Ordinal);
        var compared = await CliRunner.RunAsync("compare", "2", "1", "--db", Db);
        Assert.Equal(0, compared.ExitCode);
        Assert.Contains("Warning: Not like for like: run A was recorded with simulated participants (mixed personas), run B with the exact persona", System.Text.RegularExpressions.Regex.Replace(compared.Out, @"\s+", " "), StringComparison.Ordinal);
        Assert.Contains("SUS: not measured", compared.Out, StringComparison.Ordinal);

        var junit = Path.Combine(_folder.FullName, "gates.xml");
        var gated = await CliRunner.RunAsync("analyze", "1", "--db", Db, "--junit", junit);
        Assert.Equal(1, gated.ExitCode);
        var failures = XDocument.Load(junit).Descendants("testcase").Where(t => t.Element("failure") is not null).Select(t => (string?)t.Attribute("name")).ToList();
        Assert.Equal(["check-out"], failures);
    }

    /// <summary>The page archives run 1 stored and no report has painted yet, unpacked.</summary>
    private async Task<List<string>> ArchivesAsync() =>
        [.. (await new ScreenshotReader(await LabDatabase.OpenAsync(Db)).UnpaintedAsync(1)).Select(u => u.Archive.Mhtml)];

    [Fact]
    public async Task Run_Interrupted_KeepsAConsistentRun_ThatResumesToCompletion()
    {
        using var env = Environment();
        using var cts = new CancellationTokenSource();
        var watcher = Task.Run(async () =>
        {
            // Ctrl-C once the first participant has finished its first task.
            while (!cts.IsCancellationRequested)
            {
                await Task.Delay(100);
                if (File.Exists(Db) && await FinishedAttemptsAsync() >= 1)
                {
                    await cts.CancelAsync();
                }
            }
        });

        var interrupted = await CliRunner.RunAsync(cts.Token, "run", StudyFile, "--persona", "exact", "--db", Db);
        await watcher;

        Assert.Equal(130, interrupted.ExitCode);
        Assert.Contains("--resume 1", interrupted.Error, StringComparison.Ordinal);
        var database = await LabDatabase.OpenAsync(Db);
        Assert.Equal(RunStatus.Interrupted, Assert.Single(await new RunCatalog(database).ListAsync(null, 10)).Status);
        Assert.DoesNotContain(await new ModerationReader(database).SessionsAsync(1), s => s.Status == SessionStatus.Running);

        var resumed = await CliRunner.RunAsync("run", StudyFile, "--persona", "exact", "--db", Db, "--resume", "1", "--out", _folder.FullName);

        Assert.Equal(1, resumed.ExitCode); // completed; the strict checkout gate fails as designed
        Assert.Equal(RunStatus.Completed, Assert.Single(await new RunCatalog(database).ListAsync(null, 10)).Status);
        var attempts = (await new RunReader(database).LoadAsync(1, includeEvents: false)).Attempts;
        var finished = attempts.Where(a => a.Outcome != AttemptOutcome.Interrupted).Select(a => new { a.Participant, a.TaskId }).ToList();
        Assert.Equal(4, finished.Count);
        Assert.Equal(4, finished.Distinct().Count());
    }

    private async Task<int> FinishedAttemptsAsync()
    {
        await using var connection = new SqliteConnection($"Data Source={Db};Mode=ReadOnly");
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT count(*) FROM TaskAttempts WHERE Outcome <> 'Interrupted'";
        try
        {
            return Convert.ToInt32(await command.ExecuteScalarAsync(), System.Globalization.CultureInfo.InvariantCulture);
        }
        catch (SqliteException)
        {
            return 0; // schema not created yet
        }
    }
}
