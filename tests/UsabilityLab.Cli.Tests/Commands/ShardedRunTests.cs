using System.Globalization;
using Microsoft.Data.Sqlite;
using UsabilityLab.DemoSite;
using UsabilityLab.Tests.Shared;

namespace UsabilityLab.Cli.Tests.Commands;

/// <summary>
/// <c>lab run --shard K/N --run-key KEY</c> from the command line: shards started at once record one run whose
/// participants are those of the same run in one go, and a run missing a shard says so wherever it is read.
/// </summary>
[Collection(CliCollection.Name)]
public sealed class ShardedRunTests : IAsyncLifetime
{
    private DemoSiteHost _site = null!;
    private DirectoryInfo _folder = null!;

    private string Db => Path.Combine(_folder.FullName, "lab.db");

    private string StudyFile => Path.Combine(_folder.FullName, "shop.yaml");

    public async Task InitializeAsync()
    {
        _site = await DemoSiteHost.StartAsync(new DemoSiteOptions { SearchDelay = TimeSpan.FromMilliseconds(100) });
        _folder = Directory.CreateTempSubdirectory("lab-shards-");
        await File.WriteAllTextAsync(StudyFile, """
            name: Shop in shards
            target: ${LAB_TEST_SITE}
            participants: { count: 4, seed: 5, personas: { expert: 1, typical: 2, novice: 1 } }
            tasks:
              - id: find-product
                title: Find running shoes
                prompt: Find running shoes and add a pair in size 42 to your cart.
                start: /
                timeLimit: 90s
                success: [ { text: Added to cart } ]
                steps:
                  - click: "#promo-close"
                  - click: "role=link[name='Shoes']"
                  - click: "role=link[name='Trail Runner']"
                  - select: { selector: "#size", value: "42" }
                  - click: "#add-to-cart"
              - id: use-search
                title: Search for a headlamp
                prompt: Use the search to find a headlamp and open its product page.
                start: /
                timeLimit: 60s
                success: [ { url: /product/headlamp } ]
                steps:
                  - fill: { selector: "#search", value: "headlamp" }
                  - press: { selector: "#search", key: Enter }
                  - click: "role=link[name='Headlamp']"
            gates:
              - { task: use-search, successRate: ">= 0.25" }
            """);
    }

    public async Task DisposeAsync()
    {
        await _site.DisposeAsync();
        SqliteConnection.ClearAllPools();
        _folder.Delete(recursive: true);
    }

    private EnvironmentScope Environment() =>
        new EnvironmentScope().Set("LAB_TEST_SITE", _site.BaseUrl.ToString()).Set("USABILITYLAB_CONFIG", null).Set("USABILITYLAB_DB", null);

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task Run_TwoShardsAtOnce_OneRunWithTheParticipantsAndOutcomesOfTheRunInOneGo(bool postgres)
    {
        using var env = Environment();
        await using var server = postgres ? await TestPostgres.CreateAsync() : null;
        var db = server?.Uri ?? Db;
        var whole = await CliRunner.RunAsync("run", StudyFile, "--db", db, "--out", _folder.FullName);

        var shards = await Task.WhenAll(
            Task.Run(() => CliRunner.RunAsync("run", StudyFile, "--shard", "1/2", "--run-key", "ci-1", "--db", db, "--out", _folder.FullName)),
            Task.Run(() => CliRunner.RunAsync("run", StudyFile, "--shard", "2/2", "--run-key", "ci-1", "--db", db, "--out", _folder.FullName)));

        Assert.True(whole.ExitCode is 0 or 1, whole.Error);
        // A shard's exit code says whether its part was recorded; gates are judged once, over the whole run, on request.
        Assert.All(shards, s => Assert.Equal(0, s.ExitCode));
        Assert.Single(shards, s => s.Out.Contains("waits for the other shards", StringComparison.Ordinal));
        Assert.Single(shards, s => s.Out.Contains("is complete (every shard has finished). Gates: ./lab analyze ci-1 --gates", StringComparison.Ordinal));
        // The shards' run is found by its key: on PostgreSQL the shard that lost the race to create it used up an id.
        var sharded = long.Parse(await ListAsync(server, """SELECT CAST("Id" AS TEXT) FROM "Runs" WHERE "RunKey" = 'ci-1'"""), CultureInfo.InvariantCulture);
        Assert.Equal(await AttemptsAsync(server, 1), await AttemptsAsync(server, sharded));
        Assert.Equal("1 P01|1 P03|2 P02|2 P04", await ShardsAsync(server, sharded));

        var runs = await CliRunner.RunAsync("runs", "--db", db, "--json");
        Assert.Contains(@"""shards"": {
      ""done"": 2,
      ""total"": 2,
      ""key"": ""ci-1""", runs.Out, StringComparison.Ordinal);
        var analyzed = await CliRunner.RunAsync("analyze", "ci-1", "--db", db, "--gates");
        Assert.Contains($"Run {sharded}: Shop in shards (completed)", analyzed.Out, StringComparison.Ordinal);
        Assert.Equal(whole.ExitCode, analyzed.ExitCode);
    }

    [Fact]
    public async Task Run_OneShardOfTwo_RunReadsIncompleteEverywhere_AndMistakenShardsGetOneLine()
    {
        using var env = Environment();

        var first = await CliRunner.RunAsync("run", StudyFile, "--shard", "1/2", "--run-key", "nightly-7", "--db", Db, "--out", _folder.FullName);

        Assert.Equal(0, first.ExitCode);
        Assert.Contains("Shard 1/2 done; run 1 waits for the other shards (shard 2 of 2 not finished)", first.Out, StringComparison.Ordinal);
        var runs = await CliRunner.RunAsync("runs", "--db", Db, "--json");
        Assert.Contains(@"""status"": ""incomplete (shard 2 of 2 not finished)""", runs.Out, StringComparison.Ordinal);
        Assert.Contains(@"""done"": 1,", runs.Out, StringComparison.Ordinal);
        Assert.Contains(@"""gates"": ""not judged (incomplete)""", runs.Out, StringComparison.Ordinal);
        var table = await CliRunner.RunAsync("runs", "--db", Db);
        Assert.Contains("1/2 nightly-7", table.Out, StringComparison.Ordinal);
        var gated = await CliRunner.RunAsync("analyze", "nightly-7", "--db", Db, "--gates");
        Assert.Equal(1, gated.ExitCode);
        Assert.Contains("lab: run 1 is incomplete: shard 2 of 2 not finished", gated.Error, StringComparison.Ordinal);

        var again = await CliRunner.RunAsync("run", StudyFile, "--shard", "1/2", "--run-key", "nightly-7", "--db", Db);
        var count = await CliRunner.RunAsync("run", StudyFile, "--shard", "2/3", "--run-key", "nightly-7", "--db", Db);
        var keyless = await CliRunner.RunAsync("run", StudyFile, "--shard", "2/2", "--db", Db);
        var beyond = await CliRunner.RunAsync("run", StudyFile, "--shard", "3/2", "--run-key", "nightly-7", "--db", Db);
        var resumed = await CliRunner.RunAsync("run", StudyFile, "--resume", "1", "--db", Db);

        Assert.Equal([2, 2, 2, 2, 2], new[] { again, count, keyless, beyond, resumed }.Select(r => r.ExitCode));
        Assert.Contains("that shard of run 1 has finished already", again.Error, StringComparison.Ordinal);
        Assert.Contains("is split into 2 shards; give every shard --shard K/2", count.Error, StringComparison.Ordinal);
        Assert.Contains("give every shard the same --run-key KEY", keyless.Error, StringComparison.Ordinal);
        Assert.Contains("--shard 3/2: use K/N", beyond.Error, StringComparison.Ordinal);
        Assert.Contains("run a shard that has not finished again with --shard K/2 --run-key nightly-7", resumed.Error, StringComparison.Ordinal);

        var second = await CliRunner.RunAsync("run", StudyFile, "--shard", "2/2", "--run-key", "nightly-7", "--db", Db, "--out", _folder.FullName);

        Assert.Equal(0, second.ExitCode);
        Assert.Contains("Analysis (JSON)", second.Out, StringComparison.Ordinal);
        Assert.Contains(@"""status"": ""completed""", (await CliRunner.RunAsync("runs", "--db", Db, "--json")).Out, StringComparison.Ordinal);
        Assert.Equal("1 P01|1 P03|2 P02|2 P04", await ShardsAsync(null, 1));
    }

    /// <summary>Each attempt of a run as "participant task outcome reason", in participant and attempt order.</summary>
    private Task<string> AttemptsAsync(TestPostgres? server, long runId) => ListAsync(
        server,
        $"""SELECT p."Label" || ' ' || a."TaskKey" || ' ' || a."Outcome" || ' ' || coalesce(a."Reason", '') FROM "TaskAttempts" a JOIN "Sessions" s ON s."Id" = a."SessionId" JOIN "Participants" p ON p."Id" = s."ParticipantId" WHERE s."RunId" = {runId} ORDER BY p."Label", a."Id" """);

    /// <summary>The run's participants as "shard label", by shard and label.</summary>
    private Task<string> ShardsAsync(TestPostgres? server, long runId) => ListAsync(
        server, $"""SELECT CAST("Shard" AS TEXT) || ' ' || "Label" FROM "Participants" WHERE "RunId" = {runId} ORDER BY "Shard", "Label" """);

    /// <summary>The rows of a one-column query, joined by '|', from the PostgreSQL database or else the SQLite file.</summary>
    private async Task<string> ListAsync(TestPostgres? server, string sql) => server is null
        ? string.Join('|', Query(sql, r => r.GetString(0)))
        : (string)(await server.ScalarAsync($"SELECT string_agg(line, '|' ORDER BY n) FROM (SELECT line, row_number() OVER () AS n FROM ({sql}) AS q(line)) AS numbered"))!;

    private List<T> Query<T>(string sql, Func<SqliteDataReader, T> read)
    {
        using var connection = new SqliteConnection($"Data Source={Db};Mode=ReadOnly");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        using var reader = command.ExecuteReader();
        var rows = new List<T>();
        while (reader.Read())
        {
            rows.Add(read(reader));
        }

        return rows;
    }
}
