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

    private readonly Uri _shop;

    private InvitedStudy(Uri shop) => _shop = shop;

    public LabStore Store { get; private set; } = null!;

    public string Database => Path.Combine(_folder.FullName, "lab.db");

    public string StudyFile => Path.Combine(_folder.FullName, "invited.yaml");

    public static async Task<InvitedStudy> CreateAsync(ModerationFixture fixture)
    {
        var study = new InvitedStudy(fixture.Site.BaseUrl);
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

    /// <summary>
    /// Clicks the shop's Help link through the participant's canvas: where the link is on a 1280×800 page of the shop
    /// (the study's viewport), scaled to the canvas as the participant's window shows it.
    /// </summary>
    public async Task ClickHelpLinkAsync(IPage participant)
    {
        var shop = await participant.Context.NewPageAsync();
        await shop.SetViewportSizeAsync(1280, 800);
        await shop.GotoAsync(_shop.ToString());
        var help = await shop.Locator("role=link[name='Help']").BoundingBoxAsync() ?? throw new InvalidOperationException("no Help link");
        await shop.CloseAsync();
        var canvas = await participant.Locator("#screen").BoundingBoxAsync() ?? throw new InvalidOperationException("no canvas");
        await participant.Mouse.ClickAsync(canvas.X + (float)((help.X + (help.Width / 2)) * canvas.Width / 1280), canvas.Y + (float)((help.Y + (help.Height / 2)) * canvas.Height / 800));
    }

    public ValueTask DisposeAsync()
    {
        SqliteConnection.ClearAllPools();
        _folder.Delete(recursive: true);
        return ValueTask.CompletedTask;
    }
}
