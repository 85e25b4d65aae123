using System.Text.Json.Nodes;
using UsabilityLab.DemoSite;

namespace UsabilityLab.Cli.Tests.Process;

/// <summary>
/// What a process-level test stands on: the demo shop served by the test (its searches held at a <see cref="SearchGate"/>
/// until opened), a temporary working folder, a browser config, and the lab processes started there (ended, if a failed
/// test left one running, before the folder is deleted).
/// </summary>
internal sealed class ProcessRig : IAsyncDisposable
{
    /// <summary>How long a test waits for something a process should do. Generous: other builds may share the 2 cores.</summary>
    public static readonly TimeSpan Patience = TimeSpan.FromMinutes(3);

    private readonly List<LabProcess> _started = [];
    private readonly DirectoryInfo _root;
    private readonly string _browserConfig;

    private ProcessRig(DemoSiteHost site, SearchGate searches, DirectoryInfo root)
    {
        Site = site;
        Searches = searches;
        _root = root;
        Folder = root.CreateSubdirectory("work");
        _browserConfig = BrowserConfig(Path.Combine(root.FullName, "playwright.config.json"));
    }

    public DemoSiteHost Site { get; }

    /// <summary>Closed until a test opens it: every search waits there.</summary>
    public SearchGate Searches { get; }

    /// <summary>The processes' working folder; nothing else is in it.</summary>
    public DirectoryInfo Folder { get; }

    /// <summary>The default database of a test, in its folder.</summary>
    public string Db => Path.Combine(Folder.FullName, "lab.db");

    public static async Task<ProcessRig> StartAsync()
    {
        var searches = new SearchGate();
        var site = await DemoSiteHost.StartAsync(new DemoSiteOptions { SearchDelay = TimeSpan.FromMilliseconds(100), Time = searches });
        return new ProcessRig(site, searches, Directory.CreateTempSubdirectory("lab-process-"));
    }

    /// <summary>Starts <c>lab ARGS</c> in the rig's folder, against the rig's shop.</summary>
    public LabProcess Start(params string[] args) => Start(new Dictionary<string, string?>(), args);

    /// <summary>Starts <c>lab ARGS</c> in the rig's folder, against the rig's shop, with <paramref name="environment"/> on top (null removes a variable).</summary>
    public LabProcess Start(IReadOnlyDictionary<string, string?> environment, params string[] args)
    {
        var variables = new Dictionary<string, string?>
        {
            ["DEMO_SITE_URL"] = Site.BaseUrl.ToString(),
            ["USABILITYLAB_CONFIG"] = _browserConfig,
            ["USABILITYLAB_DB"] = null, // a test names its database, or means "none given"
        };
        foreach (var (name, value) in environment)
        {
            variables[name] = value;
        }

        var lab = LabProcess.Start(Folder.FullName, variables, args);
        _started.Add(lab);
        return lab;
    }

    /// <summary>
    /// A browser config for processes that must find no Chromium here: the rig's, naming an executable that does not
    /// exist (a lookup or launch would fail on it).
    /// </summary>
    public string ConfigWithoutChromium()
    {
        var path = Path.Combine(_root.FullName, "no-chromium.config.json");
        var config = JsonNode.Parse(File.ReadAllText(_browserConfig))!;
        config["executablePath"] = "/nonexistent/chromium";
        File.WriteAllText(path, config.ToJsonString());
        return path;
    }

    /// <summary>The study <see cref="StartHeldInSearchAsync"/> runs.</summary>
    public string SearchStudy => Path.Combine(Folder.FullName, "search.yaml");

    /// <summary>
    /// Starts <c>lab run</c> of <see cref="Studies.ReturnsThenSearch"/> into <see cref="Db"/> and returns once its
    /// participant waits for a held search: the first task stored, the search's attempt open, for as long as the gate stays shut.
    /// </summary>
    public async Task<LabProcess> StartHeldInSearchAsync(params string[] more)
    {
        await File.WriteAllTextAsync(SearchStudy, Studies.ReturnsThenSearch);
        var run = Start(["run", SearchStudy, "--persona", "exact", "--db", Db, .. more]);
        await run.WaitForAsync(Searches.Requested, "the participant's search", Patience);
        return run;
    }

    /// <summary>Runs <c>lab ARGS</c> to its end.</summary>
    public async Task<CliRunner.Result> RunAsync(params string[] args)
    {
        await using var lab = Start(args);
        return await lab.WaitForExitAsync(Patience);
    }

    /// <summary>Writes a study file into the rig's folder.</summary>
    public string Study(string name, string yaml)
    {
        var path = Path.Combine(Folder.FullName, name);
        File.WriteAllText(path, yaml);
        return path;
    }

    public async ValueTask DisposeAsync()
    {
        foreach (var lab in _started)
        {
            await lab.DisposeAsync();
        }

        Searches.Open(); // a search still held would hold the shop's shutdown
        await Site.DisposeAsync();
        _root.Delete(recursive: true);
    }

    /// <summary>
    /// The repository's browser config, except that a navigation may wait as long as a test holds a search: with the
    /// usual 30 s, a participant would give up on a held search while a slow machine is still starting a second process.
    /// </summary>
    private static string BrowserConfig(string path)
    {
        var config = JsonNode.Parse(File.ReadAllText(CliRunner.RepositoryFile("playwright.config.json")))!;
        config["navigationTimeoutMs"] = (int)TimeSpan.FromMinutes(10).TotalMilliseconds;
        File.WriteAllText(path, config.ToJsonString());
        return path;
    }
}
