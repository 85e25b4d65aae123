using Microsoft.Data.Sqlite;
using Microsoft.Playwright;
using UsabilityLab.Application;
using UsabilityLab.Application.Invitations;
using UsabilityLab.Core.Studies.Loading;
using UsabilityLab.Server.Tests.ModeratorConsole;

namespace UsabilityLab.Server.Tests.Remote;

/// <summary>A store in a folder of its own with a one-task study of the demo shop, whose links the tests make.</summary>
internal sealed class InvitedStudy : IAsyncDisposable
{
    private readonly DirectoryInfo _folder = Directory.CreateTempSubdirectory("lab-invited-");

    private InvitedStudy(LabStore store) => Store = store;

    public LabStore Store { get; private set; } = null!;

    public string Database => Path.Combine(_folder.FullName, "lab.db");

    public string StudyFile => Path.Combine(_folder.FullName, "invited.yaml");

    public static async Task<InvitedStudy> CreateAsync(ModerationFixture fixture)
    {
        var study = new InvitedStudy(null!);
        study.Store = await LabStore.OpenAsync(study.Database, CancellationToken.None);
        await File.WriteAllTextAsync(study.StudyFile, $"""
            name: Invited study
            target: {fixture.Site.BaseUrl}
            viewport: {"{"} width: 1280, height: 800 {"}"}
            participants: {"{"} count: 2, seed: 1 {"}"}
            questionnaires: {"{"} afterEachTask: seq {"}"}
            tasks:
              - id: find-returns
                title: Find the returns policy
                prompt: Find out how many days you have to return an item.
                start: /
                timeLimit: 60s
                success:
                  - url: /help
            """);
        return study;
    }

    /// <summary>Makes one link and returns its token.</summary>
    public async Task<string> InviteAsync(bool moderated = false)
    {
        var source = StudyLoader.LoadFile(StudyFile);
        Assert.True(source.IsValid, string.Join("; ", source.Diagnostics));
        var links = await new ParticipantInvitations(Store).CreateAsync(new InvitationRequest(source, StudyFile, 1, moderated, TimeSpan.FromDays(1)));
        return Assert.Single(links).Token;
    }

    /// <summary>Opens the link, agrees, and starts the first task (shown by itself: nobody moderates); returns once the stream shows.</summary>
    public static async Task<(IPage Participant, PanelDriver Panel)> StartFirstTaskAsync(IBrowserContext context, Uri link)
    {
        var participant = await context.NewPageAsync();
        await participant.GotoAsync(link.ToString());
        await participant.GetByRole(AriaRole.Button, new() { Name = "I agree — start" }).ClickAsync();
        var panel = new PanelDriver(() => participant);
        await panel.WaitForTextAsync("Find out how many days you have to return an item.");
        await panel.ClickAsync("Start task");
        await panel.WaitForTextAsync("I give up");
        await participant.Locator("#stage-status:empty").WaitForAsync(new() { State = WaitForSelectorState.Attached, Timeout = 30_000 });
        return (participant, panel);
    }

    public ValueTask DisposeAsync()
    {
        SqliteConnection.ClearAllPools();
        _folder.Delete(recursive: true);
        return ValueTask.CompletedTask;
    }
}
