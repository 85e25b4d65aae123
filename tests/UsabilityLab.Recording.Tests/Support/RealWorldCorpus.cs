using UsabilityLab.Browser;
using UsabilityLab.Core.Runs;
using UsabilityLab.Core.Sessions;
using UsabilityLab.Core.Studies.Loading;
using UsabilityLab.Core.Studies;
using UsabilityLab.Recording.Runner;
using UsabilityLab.Tests.Shared;

namespace UsabilityLab.Recording.Tests.Support;

/// <summary>
/// The real-world corpus (tests/RealWorld): third-party web apps installed from npm by fetch-corpus.sh, with our small
/// host pages, served from one loopback server where each app has its own origin (http://APP.localhost:PORT/), and
/// the studies of scenarios/real-world that drive them. One per test collection.
/// </summary>
public sealed class RealWorldCorpus : IAsyncLifetime
{
    private StaticSite? _site;

    public BrowserConfig Config { get; private set; } = null!;

    /// <summary>Requests the server answered, as "METHOD host/path?query status"; lock it to read.</summary>
    public List<string> Requests => Site.Requests;

    /// <summary>The pet store's reservations, kept by the server of the swagger-ui app (its one piece of server state).</summary>
    public AdoptionsApi Adoptions { get; } = new();

    private StaticSite Site => _site ?? throw new InvalidOperationException("the corpus server is not running");

    public async Task InitializeAsync()
    {
        var corpus = BrowserFixture.RepositoryFile(Path.Combine("tests", "RealWorld"));
        CorpusFetch.EnsureInstalled(Path.Combine(corpus, "fetch-corpus.sh"));
        _site = await StaticSite.StartAsync(Path.Combine(corpus, "Sites"), Path.Combine(corpus, "node_modules"), "/node_modules", (app, pipeline) =>
        {
            if (app == "swagger-ui")
            {
                Adoptions.Map(pipeline);
            }
        });
        Config = BrowserConfigLoader.Load(BrowserFixture.RepositoryFile(BrowserConfigLoader.FileName));
    }

    public async Task DisposeAsync()
    {
        if (_site is not null)
        {
            await _site.DisposeAsync(); // null when the corpus could not be installed
        }
    }

    /// <summary>The root URL of <paramref name="app"/> (a folder of tests/RealWorld/Sites), with a trailing slash.</summary>
    public Uri AppUrl(string app) => Site.SiteUrl(app);

    /// <summary>
    /// What the studies read from the environment: CORPUS_APP_URL for each app (swagger-ui gives CORPUS_SWAGGER_UI_URL).
    /// Anything else is undefined, so a study that needs more fails to load instead of reading the machine's variables.
    /// </summary>
    public string? Environment(string name) =>
        Site.Sites.FirstOrDefault(app => name == $"CORPUS_{app.ToUpperInvariant().Replace('-', '_')}_URL") is { } app ? AppUrl(app).ToString() : null;

    /// <summary>The study file of <paramref name="app"/> under scenarios/real-world.</summary>
    public static string StudyPath(string app) => BrowserFixture.RepositoryFile(Path.Combine("scenarios", "real-world", $"{app}.yaml"));

    /// <summary>The study of <paramref name="app"/>, loaded as `lab run` loads it, pointed at this server.</summary>
    public Study LoadStudy(string app) => Valid(StudyLoader.LoadFile(StudyPath(app), Environment));

    /// <summary>A study written in a test, pointed at this server; <paramref name="file"/> names it in messages.</summary>
    public Study ParseStudy(string yaml, string file) => Valid(StudyLoader.Parse(yaml, file, Environment));

    /// <summary>Runs <paramref name="study"/> with the exact persona, as QA does, recording into <paramref name="journal"/>.</summary>
    internal Task<IReadOnlyList<AttemptRecord>> RunExactAsync(Study study, MemoryJournal journal, int participants = 1) =>
        new ScriptedRunner(Config).RunAsync(study, journal, new ScriptedRunOptions { PersonaMode = PersonaMode.Exact, Participants = participants });

    private static Study Valid(StudyLoadResult loaded)
    {
        Assert.True(loaded.IsValid, string.Join("\n", loaded.Diagnostics.Select(d => d.ToString())));
        return loaded.Study!;
    }
}

[CollectionDefinition(Name)]
public sealed class RealWorldCollection : ICollectionFixture<RealWorldCorpus>
{
    public const string Name = "real-world";
}
