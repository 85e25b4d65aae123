using System.Text.Json;
using Microsoft.Data.Sqlite;

namespace UsabilityLab.Cli.Tests.Commands;

[Collection(CliCollection.Name)]
public sealed class ImportExportCompareTests : IDisposable
{
    private readonly DirectoryInfo _folder = Directory.CreateTempSubdirectory("lab-import-");

    private string Db => Path.Combine(_folder.FullName, "lab.db");

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        _folder.Delete(recursive: true);
    }

    private string Csv(string name, string content)
    {
        var path = Path.Combine(_folder.FullName, name);
        File.WriteAllText(path, content);
        return path;
    }

    [Fact]
    public async Task Import_Outcomes_AnalyzesLikeARecordedRun()
    {
        // 4 of 5 succeed: the adjusted-Wald example, 95 % CI 0.360–0.980.
        var outcomes = Csv("paper.csv", "participant,task,outcome,time_s,seq\nP1,checkout,success,55,6\nP2,checkout,success,65,5\nP3,checkout,success,75,7\nP4,checkout,failed,120,2\nP5,checkout,success,62,6\n");
        var sus = Csv("sus.csv", "participant,q1,q2,q3,q4,q5,q6,q7,q8,q9,q10\nP1,4,2,4,2,4,2,4,2,4,2\nP2,5,1,5,1,5,1,5,1,5,1\n");

        var imported = await CliRunner.RunAsync("import", outcomes, "--study", "Paper study", "--db", Db);
        var susImported = await CliRunner.RunAsync("import", sus, "--study", "Paper study", "--kind", "sus", "--db", Db);
        var analysis = await CliRunner.RunAsync("analyze", "Paper study", "--db", Db, "--json");

        Assert.Equal(0, imported.ExitCode);
        Assert.Contains("Imported 5 attempts as run 1", imported.Out, StringComparison.Ordinal);
        Assert.Equal(0, susImported.ExitCode);
        using var json = JsonDocument.Parse(analysis.Out);
        var task = json.RootElement.GetProperty("tasks")[0];
        Assert.Equal(0.8, task.GetProperty("successRate").GetDouble(), 6);
        Assert.Equal(0.360, task.GetProperty("successRateCi")[0].GetDouble(), 3);
        Assert.Equal(0.980, task.GetProperty("successRateCi")[1].GetDouble(), 3);
        Assert.Equal(5.2, task.GetProperty("seqMean").GetDouble(), 6);
        Assert.Equal(87.5, json.RootElement.GetProperty("sus").GetProperty("mean").GetDouble(), 6);
    }

    [Fact]
    public async Task Import_BadRows_FileLineMessages_ExitCode2_NothingImported()
    {
        var bad = Csv("bad.csv", "participant,task,outcome,time_s\nP1,t,success,10\nP2,t,maybe,10\nP3,t,failed,ten\n");

        var result = await CliRunner.RunAsync("import", bad, "--study", "Paper study", "--db", Db);

        Assert.Equal(2, result.ExitCode);
        Assert.Contains($"{bad}:3:6: outcome 'maybe'", result.Error, StringComparison.Ordinal);
        Assert.Contains($"{bad}:4:13: time_s 'ten'", result.Error, StringComparison.Ordinal);
        Assert.False(File.Exists(Db));
    }

    [Fact]
    public async Task Export_Csv_WritesOneFilePerTable_WithHeaders()
    {
        await CliRunner.RunAsync("import", Csv("o.csv", "participant,task,outcome,time_s\nP1,a,success,10\nP2,a,failed,20\n"), "--study", "S", "--db", Db);
        var folder = Path.Combine(_folder.FullName, "export");

        var result = await CliRunner.RunAsync("export", "1", "--format", "csv", "--out", folder, "--db", Db);

        Assert.Equal(0, result.ExitCode);
        var attempts = File.ReadAllLines(Path.Combine(folder, "attempts.csv"));
        Assert.StartsWith("id,participant,device,taskId,outcome", attempts[0], StringComparison.Ordinal);
        Assert.Equal(3, attempts.Length);
        Assert.True(File.Exists(Path.Combine(folder, "events.csv")));
        Assert.True(File.Exists(Path.Combine(folder, "signals.csv")));
        Assert.True(File.Exists(Path.Combine(folder, "answers.csv")));

        var json = await CliRunner.RunAsync("export", "S", "--format", "json", "--out", folder, "--db", Db);
        using var document = JsonDocument.Parse(File.ReadAllText(Path.Combine(folder, "run-1.json")));
        Assert.Equal(2, document.RootElement.GetProperty("attempts").GetArrayLength());
        Assert.Equal(0, json.ExitCode);
    }

    [Fact]
    public async Task Compare_TwoImportedRuns_ReportsTheN1Test()
    {
        var after = string.Join('\n', new[] { "participant,task,outcome,time_s" }.Concat(Enumerable.Range(1, 12).Select(i => $"A{i},t,{(i <= 11 ? "success" : "failed")},{40 + i}")));
        var before = string.Join('\n', new[] { "participant,task,outcome,time_s" }.Concat(Enumerable.Range(1, 10).Select(i => $"B{i},t,{(i <= 5 ? "success" : "failed")},{70 + (3 * i)}")));
        await CliRunner.RunAsync("import", Csv("after.csv", after), "--study", "Redesign", "--db", Db);
        await CliRunner.RunAsync("import", Csv("before.csv", before), "--study", "Redesign", "--db", Db);

        var result = await CliRunner.RunAsync("compare", "1", "2", "--db", Db, "--json");

        Assert.Equal(0, result.ExitCode);
        using var json = JsonDocument.Parse(result.Out);
        var completion = json.RootElement.GetProperty("tasks")[0].GetProperty("completion");
        Assert.Equal(0.033, completion.GetProperty("p").GetDouble(), 3);
        var table = await CliRunner.RunAsync("compare", "1", "2", "--db", Db);
        Assert.Contains("11/12", table.Out, StringComparison.Ordinal);
        Assert.Contains("p = 0.033", table.Out, StringComparison.Ordinal);
        Assert.DoesNotContain("Not like for like", table.Out, StringComparison.Ordinal); // people against people
        Assert.Equal(JsonValueKind.Null, json.RootElement.GetProperty("warning").ValueKind);

        // Before against after: 5 of 10 against 11 of 12, a difference below zero with an interval below zero.
        var reversed = await CliRunner.RunAsync("compare", "2", "1", "--db", Db);
        Assert.Matches(@"−42 pts \[−\d+ to −\d+\]", reversed.Out);
        Assert.DoesNotMatch(@"(?<![\w/.\-])-\d", reversed.Out); // one minus sign: the typographic one
    }
}
