using System.Text.Json;
using Microsoft.Data.Sqlite;
using UsabilityLab.DemoSite;

namespace UsabilityLab.Cli.Tests.Commands;

/// <summary>
/// <c>lab merge</c> as a CI job uses it: two machines record a shard each into their own SQLite file, one job merges
/// them; the merged run analyzes as one run of every participant, each with the outcomes their shard recorded.
/// </summary>
[Collection(CliCollection.Name)]
public sealed class MergeCommandTests : IAsyncLifetime
{
    private DemoSiteHost _site = null!;
    private DirectoryInfo _folder = null!;

    private string StudyFile => Path.Combine(_folder.FullName, "shop.yaml");

    public async Task InitializeAsync()
    {
        _site = await DemoSiteHost.StartAsync(new DemoSiteOptions { SearchDelay = TimeSpan.FromMilliseconds(100) });
        _folder = Directory.CreateTempSubdirectory("lab-merge-");
        await File.WriteAllTextAsync(StudyFile, """
            name: Sharded shop study
            target: ${LAB_TEST_SITE}
            participants: { count: 4, seed: 11 }
            tasks:
              - id: add-item
                title: Add an item
                prompt: Put a headlamp in your cart.
                start: /product/headlamp
                success: [ { text: Added to cart } ]
                steps:
                  - click: "#add-to-cart"
              - id: apply-coupon
                title: Apply a coupon
                prompt: Apply the coupon code WINTER20 to your cart.
                start: /cart
                timeLimit: 60s
                success: [ { text: Coupon applied } ]
                steps:
                  - fill: { selector: "#coupon", value: "WINTER20" }
                  - click: "#apply-coupon"
            gates:
              - { task: add-item, successRate: ">= 0.5" }
            """);
    }

    public async Task DisposeAsync()
    {
        await _site.DisposeAsync();
        SqliteConnection.ClearAllPools();
        _folder.Delete(recursive: true);
    }

    [Fact]
    public async Task Merge_TwoShardFilesOfOneKey_AnalyzeCoversEveryParticipant_WithTheOutcomesTheirShardRecorded()
    {
        using var env = new EnvironmentScope().Set("LAB_TEST_SITE", _site.BaseUrl.ToString()).Set("USABILITYLAB_CONFIG", null);
        var (a, b, merged) = (Db("a.db"), Db("b.db"), Db("out.db"));

        var first = await CliRunner.RunAsync("run", StudyFile, "--shard", "1/2", "--run-key", "k", "--db", a, "--out", _folder.FullName);
        var second = await CliRunner.RunAsync("run", StudyFile, "--shard", "2/2", "--run-key", "k", "--db", b, "--out", _folder.FullName);
        Assert.Contains("Shard 1/2 done; run 1 waits for the other shards", first.Out, StringComparison.Ordinal);
        Assert.Contains("Shard 2/2 done; run 1 waits for the other shards", second.Out, StringComparison.Ordinal);
        await ExportAsync(a);
        await ExportAsync(b);

        var merge = await CliRunner.RunAsync("merge", merged, a, b);

        Assert.Equal((0, ""), (merge.ExitCode, merge.Error));
        var attempts = Attempts(a).Concat(Attempts(b)).Order(StringComparer.Ordinal).ToList();
        Assert.Equal($"Merged run k: shards 1, 2 of 2 → {merged} run 1 (4 participants, {attempts.Count} attempts)", merge.Out.TrimEnd());
        var analyze = await CliRunner.RunAsync("analyze", "k", "--db", merged, "--json");
        Assert.Equal(0, analyze.ExitCode);
        using (var json = JsonDocument.Parse(analyze.Out))
        {
            Assert.Equal(("completed", 4), (json.RootElement.GetProperty("status").GetString(), json.RootElement.GetProperty("participants").GetInt32()));
            Assert.Equal(4, json.RootElement.GetProperty("tasks")[0].GetProperty("attempts").GetInt32());
        }

        // Every participant's attempts (outcome, reason, times, clicks, …) as the shard that recorded them has them.
        await ExportAsync(merged);
        Assert.Equal(attempts, Attempts(merged).Order(StringComparer.Ordinal));
        Assert.Equal(["P01", "P02", "P03", "P04"], Attempts(merged).Select(line => line.Split(',')[0]).Distinct().Order(StringComparer.Ordinal));

        var again = await CliRunner.RunAsync("merge", merged, b, a);
        Assert.Equal(0, again.ExitCode);
        Assert.Contains("nothing new: every shard given was there already", again.Out, StringComparison.Ordinal);

        var half = await CliRunner.RunAsync("merge", Db("half.db"), a);
        Assert.Equal(0, half.ExitCode);
        Assert.EndsWith("; missing: shard 2", half.Out.TrimEnd(), StringComparison.Ordinal);
        Assert.StartsWith("lab: run 1 is incomplete: shard 2 of 2 not finished;", half.Error, StringComparison.Ordinal);
        Assert.Equal(1, (await CliRunner.RunAsync("analyze", "k", "--db", Db("half.db"), "--gates")).ExitCode);
    }

    [Fact]
    public async Task Merge_ShardInPostgres_OrNotALabDatabase_OneLineExit2()
    {
        var text = Db("notes.db");
        await File.WriteAllTextAsync(text, "not a database");

        var postgres = await CliRunner.RunAsync("merge", Db("out.db"), "postgresql://lab@db.example/lab");
        var notLab = await CliRunner.RunAsync("merge", Db("out.db"), text);

        Assert.Equal((2, 1), (postgres.ExitCode, postgres.ErrorLines.Length));
        Assert.Contains("shards recorded into PostgreSQL are one run already", postgres.Error, StringComparison.Ordinal);
        Assert.Equal((2, 1), (notLab.ExitCode, notLab.ErrorLines.Length));
        Assert.Contains($"{text}: not a UsabilityLab database", notLab.Error, StringComparison.Ordinal);
        Assert.False(File.Exists(Db("out.db")));
    }

    private string Db(string name) => Path.Combine(_folder.FullName, name);

    private Task ExportAsync(string db) =>
        CliRunner.RunAsync("export", "k", "--db", db, "--format", "csv", "--out", Path.Combine(_folder.FullName, Path.GetFileNameWithoutExtension(db)));

    /// <summary>The run's attempts as exported, without their ids (which the merge moves).</summary>
    private IEnumerable<string> Attempts(string db) =>
        File.ReadAllLines(Path.Combine(_folder.FullName, Path.GetFileNameWithoutExtension(db), "attempts.csv")).Skip(1).Select(line => line[(line.IndexOf(',', StringComparison.Ordinal) + 1)..]);
}
