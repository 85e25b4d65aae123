using Microsoft.Data.Sqlite;
using UsabilityLab.Tests.Shared;

namespace UsabilityLab.Cli.Tests.Commands;

/// <summary>
/// lab heatmap on a single-page app: the clicks made in an editor that opens over the page get a picture of their own
/// (named after the click that opened it), and <c>--task</c> draws only that task's clicks and signals into files of
/// its own, leaving the unfiltered ones as they were.
/// </summary>
[Collection(CliCollection.Name)]
public sealed class HeatmapViewsTests : IAsyncLifetime
{
    private const string App = """
        <!doctype html><title>Notes</title>
        <style>
          body { margin: 0; font: 18px sans-serif; }
          button { display: block; margin: 40px; padding: 20px 40px; font-size: 20px; }
          #editor { display: none; position: fixed; inset: 80px; background: #1f2937; color: #fff; }
          #editor.open { display: block; }
        </style>
        <button id="new" onclick="document.getElementById('editor').classList.add('open')">New note</button>
        <button id="archive" onclick="throw new Error('archive is broken')">Archive</button>
        <div id="editor"><h2>Editor</h2><textarea></textarea>
          <button id="save" onclick="document.getElementById('editor').classList.remove('open'); document.getElementById('done').textContent = 'Saved'">Save note</button>
        </div>
        <p id="done"></p>
        """;

    private LoopbackSite _site = null!;
    private DirectoryInfo _folder = null!;

    private string Db => Path.Combine(_folder.FullName, "lab.db");

    public async Task InitializeAsync()
    {
        _site = await LoopbackSite.StartAsync(new Dictionary<string, string> { ["/"] = App });
        _folder = Directory.CreateTempSubdirectory("lab-views-");
        await File.WriteAllTextAsync(Path.Combine(_folder.FullName, "notes.yaml"), $$"""
            name: Notes
            target: {{_site.BaseUrl}}
            viewport: { width: 1280, height: 800 }
            participants: { count: 1 }
            tasks:
              - id: write
                title: Write a note
                prompt: Write a note and save it.
                success: [ { text: Saved } ]
                steps:
                  - click: "#new"
                  - click: "#save"
              - id: archive
                title: Archive
                prompt: Archive your notes.
                success: [ { text: Archive } ]
                steps:
                  - click: "#archive"
            """);
    }

    public async Task DisposeAsync()
    {
        await _site.DisposeAsync();
        SqliteConnection.ClearAllPools();
        _folder.Delete(recursive: true);
    }

    [Fact]
    public async Task Heatmap_ClicksInAnOpenedEditor_GetTheirOwnPicture_AndTaskFiltersEveryLayerIntoItsOwnFiles()
    {
        using var env = new EnvironmentScope().Set("USABILITYLAB_CONFIG", null);
        var run = await CliRunner.RunAsync("run", Path.Combine(_folder.FullName, "notes.yaml"), "--persona", "exact", "--db", Db, "--out", _folder.FullName);
        Assert.Equal(0, run.ExitCode);
        var all = Path.Combine(_folder.FullName, "all");
        var tasks = Path.Combine(_folder.FullName, "tasks");

        var unfiltered = await CliRunner.RunAsync("heatmap", "1", "--db", Db, "--out", all);
        Assert.Equal(0, unfiltered.ExitCode);
        Assert.Equal(["click-home@1280--after-new-note.png", "click-home@1280.png"], Files(all));
        var before = Directory.GetFiles(all).ToDictionary(f => Path.GetFileName(f), File.ReadAllBytes);

        var write = await CliRunner.RunAsync("heatmap", "1", "--db", Db, "--task", "write", "--out", all);
        var archive = await CliRunner.RunAsync("heatmap", "1", "--db", Db, "--task", "archive", "--out", tasks);

        Assert.Equal((0, 0), (write.ExitCode, archive.ExitCode));
        Assert.Equal(
            ["click-home@1280--after-new-note--task-write.png", "click-home@1280--after-new-note.png", "click-home@1280--task-write.png", "click-home@1280.png"],
            Files(all));
        Assert.All(before, file => Assert.Equal(file.Value, File.ReadAllBytes(Path.Combine(all, file.Key))));
        // The archive task has no clicks in the editor: no picture of it.
        Assert.Equal(["click-home@1280--task-archive.png"], Files(tasks));
        // The error click (Archive) is the archive task's: its marker, with the legend under the picture, is on the
        // unfiltered picture and the archive task's, not on the write task's.
        var (_, unfilteredHeight) = PngSize(Path.Combine(all, "click-home@1280.png"));
        var (_, writeHeight) = PngSize(Path.Combine(all, "click-home@1280--task-write.png"));
        var (_, archiveHeight) = PngSize(Path.Combine(tasks, "click-home@1280--task-archive.png"));
        Assert.Equal(unfilteredHeight, archiveHeight);
        Assert.True(writeHeight < unfilteredHeight, $"the write task's picture ({writeHeight} px high) keeps the legend of a marker that is not its task's ({unfilteredHeight} px)");
    }

    private static string[] Files(string folder) => [.. Directory.GetFiles(folder).Select(f => Path.GetFileName(f)).Order(StringComparer.Ordinal)];

    /// <summary>Width and height from a PNG's IHDR chunk.</summary>
    private static (int Width, int Height) PngSize(string file)
    {
        var bytes = File.ReadAllBytes(file);
        return (System.Buffers.Binary.BinaryPrimitives.ReadInt32BigEndian(bytes.AsSpan(16)), System.Buffers.Binary.BinaryPrimitives.ReadInt32BigEndian(bytes.AsSpan(20)));
    }
}
