using System.Text.Json;
using UsabilityLab.Application.Export;
using UsabilityLab.Application.Tests.Support;
using UsabilityLab.Core.Files;
using UsabilityLab.Storage;
using UsabilityLab.Tests.Shared;

namespace UsabilityLab.Application.Tests.Export;

public sealed class RunExportTests
{
    private const string Outcomes = "participant,task,outcome,time_s,clicks\n\"P2, \"\"remote\"\"\",a,success,10.25,3\nP3,a,failed,30,9\n";

    [Theory]
    [MemberData(nameof(ImportedRun.Kinds), MemberType = typeof(ImportedRun))]
    public async Task WriteAsync_Csv_OneFilePerTable_Rfc4180_NoTemporaryFileLeft(StoreKind kind)
    {
        await using var run = await ImportedRun.CreateAsync(Outcomes, kind);
        var folder = Path.Combine(run.Folder, "export");

        var written = await RunExport.WriteAsync(run.Store, new ExportSettings("1", ExportFormat.Csv, folder), null, CancellationToken.None);

        Assert.Equal(["attempts.csv", "events.csv", "signals.csv", "answers.csv"], written.Select(Path.GetFileName));
        var attempts = await File.ReadAllLinesAsync(Path.Combine(folder, "attempts.csv"));
        Assert.StartsWith("1,\"P2, \"\"remote\"\"\",,a,Success,,imported,10.25,3,", attempts[1]); // no device: the desktop browser
        Assert.Empty(Directory.GetFiles(folder, "*" + AtomicFile.PartialSuffix));
    }

    [Theory]
    [MemberData(nameof(ImportedRun.Kinds), MemberType = typeof(ImportedRun))]
    public async Task WriteAsync_Json_OneFileWithRunAndAttempts(StoreKind kind)
    {
        await using var run = await ImportedRun.CreateAsync(Outcomes, kind);

        var written = await RunExport.WriteAsync(run.Store, new ExportSettings("S", ExportFormat.Json, run.Folder), null, CancellationToken.None);

        var path = Assert.Single(written);
        using var json = JsonDocument.Parse(await File.ReadAllTextAsync(path));
        Assert.Equal(run.RunId, json.RootElement.GetProperty("run").GetInt64());
        Assert.Equal(2, json.RootElement.GetProperty("attempts").GetArrayLength());
    }

    [Theory]
    [MemberData(nameof(ImportedRun.Kinds), MemberType = typeof(ImportedRun))]
    public async Task WriteAsync_FramesOfRunWithoutModeratedSessions_WritesNothing_TellsWhy(StoreKind kind)
    {
        await using var run = await ImportedRun.CreateAsync(Outcomes, kind);
        var notices = new CollectedNotices();

        var written = await RunExport.WriteAsync(run.Store, new ExportSettings("1", ExportFormat.Frames, run.Folder), notices, CancellationToken.None);

        Assert.Empty(written);
        Assert.Contains(notices.All, n => n.StartsWith("run 1 has no screen frames", StringComparison.Ordinal));
    }
}
