using Microsoft.Data.Sqlite;
using UsabilityLab.Core.Files;

namespace UsabilityLab.Cli.Tests.Commands;

[Collection(CliCollection.Name)]
public sealed class ExportCsvTests : IDisposable
{
    private readonly DirectoryInfo _folder = Directory.CreateTempSubdirectory("lab-export-");

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        _folder.Delete(recursive: true);
    }

    [Fact]
    public async Task Export_Csv_QuotesAsRfc4180_InvariantNumbers_CrLf_NoTemporaryFileLeft()
    {
        var db = Path.Combine(_folder.FullName, "lab.db");
        var csv = Path.Combine(_folder.FullName, "o.csv");
        File.WriteAllText(csv, "participant,task,outcome,time_s,clicks\n\"P2, \"\"remote\"\"\",a,success,10.25,3\n");
        await CliRunner.RunAsync("import", csv, "--study", "S", "--db", db);
        var folder = Path.Combine(_folder.FullName, "export");

        var result = await CliRunner.RunAsync("export", "1", "--format", "csv", "--out", folder, "--db", db);

        Assert.Equal(0, result.ExitCode);
        var attempts = File.ReadAllText(Path.Combine(folder, "attempts.csv"));
        Assert.Equal(
            "id,participant,device,taskId,outcome,automaticOutcome,reason,timeSeconds,clicks,pageVisits,uniquePages,optimalPages,errors,seq,startMs,endMs,unrestored\r\n" +
            "1,\"P2, \"\"remote\"\"\",,a,Success,,imported,10.25,3,,,,,,0,10250,false\r\n",
            attempts);
        Assert.Equal("participant,instrument,taskId,item,value\r\n", File.ReadAllText(Path.Combine(folder, "answers.csv")));
        Assert.Empty(Directory.GetFiles(folder, "*" + AtomicFile.PartialSuffix));
    }
}
