using System.Runtime.CompilerServices;
using UsabilityLab.Browser;
using UsabilityLab.Core.Studies;
using UsabilityLab.DemoSite;
using UsabilityLab.Tests.Shared;

namespace UsabilityLab.Server.Tests.ModeratorConsole;

/// <summary>
/// The demo shop plus one Chromium for the moderator's console pages, launched with Chromium's fake microphone
/// (the participant's browser is launched by each session, as in production).
/// </summary>
public sealed class ModerationFixture : IAsyncLifetime
{
    public DemoSiteHost Site { get; private set; } = null!;

    public LabBrowser Moderator { get; private set; } = null!;

    public BrowserConfig Config { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        Site = await DemoSiteHost.StartAsync(new DemoSiteOptions { SearchDelay = TimeSpan.FromMilliseconds(100) });
        Config = BrowserConfigLoader.Load(RepositoryFile(BrowserConfigLoader.FileName));
        Moderator = await LabBrowser.LaunchAsync(Config, headless: true, ["--use-fake-ui-for-media-stream", "--use-fake-device-for-media-stream"]);
    }

    public async Task DisposeAsync()
    {
        if (Moderator is not null)
        {
            await Moderator.DisposeAsync();
        }

        if (Site is not null)
        {
            await Site.DisposeAsync();
        }
    }

    /// <summary>
    /// A file at the repository root: found upwards from the test binaries, or, when they were built elsewhere
    /// (<c>--artifacts-path</c>), upwards from this source file.
    /// </summary>
    public static string RepositoryFile(string name, [CallerFilePath] string sourceFile = "")
    {
        try
        {
            return RepositoryFiles.Find(name);
        }
        catch (FileNotFoundException)
        {
            for (var dir = new FileInfo(sourceFile).Directory; dir is not null; dir = dir.Parent)
            {
                if (File.Exists(Path.Combine(dir.FullName, "UsabilityLab.sln")))
                {
                    return Path.Combine(dir.FullName, name);
                }
            }

            throw;
        }
    }

    /// <summary>Two tasks on the demo shop (one the participant completes, one they give up on), SEQ, SUS and NPS.</summary>
    public Study Study() => new(
        "Moderated test study",
        Site.BaseUrl,
        new ViewportSize(1280, 800),
        new ParticipantPlan(1, 1, new Dictionary<string, int> { ["typical"] = 1 }),
        new QuestionnairePlan("seq", ["sus", "nps"]),
        [
            DemoStudies.FindReturns,
            new StudyTask("apply-coupon", "Apply a coupon", "Apply the coupon code WINTER20 to your cart.", "/cart", TimeSpan.FromSeconds(60),
                [new TextCriterion("Coupon applied")], ["/cart"], []),
        ],
        [],
        CapturePolicy.Default);
}

/// <summary>
/// Runs on its own, not beside the other browser tests: each moderated session starts its own Chromium, and on a
/// small machine the extra load would slow the scripted-runner tests whose outcomes depend on real page-load time.
/// </summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class ModerationCollection : ICollectionFixture<ModerationFixture>
{
    public const string Name = "moderation";
}
