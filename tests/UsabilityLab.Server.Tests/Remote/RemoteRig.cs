using Microsoft.Playwright;
using UsabilityLab.Recording.Moderation;
using UsabilityLab.Server.ModeratorConsole;
using UsabilityLab.Server.Remote;
using UsabilityLab.Server.Tests.ModeratorConsole;
using UsabilityLab.Storage;
using UsabilityLab.Storage.Moderation;

namespace UsabilityLab.Server.Tests.Remote;

/// <summary>
/// One remote moderated session as <c>lab moderate --remote</c> runs it, against a temp SQLite file: the session (not
/// started: it starts on consent), its console with a moderator page open, and its participant page server. The
/// participant's own browser is a context of the fixture's separately launched Chromium, not the lab's participant
/// browser (which the session launches on consent, headless).
/// </summary>
internal sealed class RemoteRig : IAsyncDisposable
{
    /// <summary>The participant's window: smaller than the study's 1280×800, so the stream is scaled and coordinates mapped back.</summary>
    public static readonly Core.Studies.ViewportSize ParticipantWindow = new(1000, 700);

    private readonly string _folder;
    private readonly RunJournal _journal;
    private readonly List<IBrowserContext> _contexts;

    private RemoteRig(string folder, LabDatabase database, long runId, RunJournal journal, ModeratedSession session, ModeratorConsoleServer console, ParticipantPageServer pages, IPage moderator, IPage participant, List<IBrowserContext> contexts)
    {
        _folder = folder;
        Database = database;
        RunId = runId;
        _journal = journal;
        Session = session;
        Console = console;
        Pages = pages;
        Moderator = moderator;
        Participant = participant;
        _contexts = contexts;
    }

    public LabDatabase Database { get; }

    public long RunId { get; }

    public ModeratedSession Session { get; }

    public ModeratorConsoleServer Console { get; }

    public ParticipantPageServer Pages { get; }

    /// <summary>The moderator's console page.</summary>
    public IPage Moderator { get; }

    /// <summary>The participant's page in their own browser (not yet at the link).</summary>
    public IPage Participant { get; }

    /// <summary>The lab's headless participant browser's page, once the participant consented.</summary>
    public IPage LabPage => Session.ParticipantPage ?? throw new InvalidOperationException("the lab's participant browser is not running");

    /// <summary>
    /// Starts the rig on <paramref name="study"/> (the fixture's when null); <paramref name="participantWindow"/> are
    /// the participant's own browser's context options (e.g. a touch screen), at <see cref="ParticipantWindow"/>.
    /// </summary>
    public static async Task<RemoteRig> StartAsync(ModerationFixture fixture, bool openConsole = true, Core.Studies.Study? study = null, BrowserNewContextOptions? participantWindow = null)
    {
        var folder = Path.Combine(Path.GetTempPath(), "usabilitylab-tests", "remote-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(folder);
        var database = await LabDatabase.OpenAsync(Path.Combine(folder, "lab.db"));
        study ??= fixture.Study();
        var (runId, _, _) = await new ModeratedRuns(database).OpenAsync(study, "name: Remote test study", "sha-remote", null, null);
        var journal = await RunJournal.OpenAsync(database, runId);
        var session = new ModeratedSession(
            new ModeratedSessionOptions { Study = study, Participant = "P01", Browser = fixture.Config, Remote = true, Backdrops = false },
            journal,
            new ModerationJournal(database));
        var console = await ModeratorConsoleServer.StartAsync(session);
        var pages = await ParticipantPageServer.StartAsync(session);
        var contexts = new List<IBrowserContext>();
        var moderatorContext = await fixture.Moderator.NewContextAsync(new Core.Studies.ViewportSize(1400, 900));
        contexts.Add(moderatorContext);
        var moderator = await moderatorContext.NewPageAsync();
        moderator.Dialog += async (_, dialog) => await dialog.AcceptAsync();
        if (openConsole)
        {
            await moderator.GotoAsync(console.Url.ToString());
            await moderator.Locator("#participant", new() { HasText = "P01" }).WaitForAsync();
        }

        var participantContext = await fixture.Moderator.NewContextAsync(ParticipantWindow, participantWindow);
        contexts.Add(participantContext);
        var participant = await participantContext.NewPageAsync();
        return new RemoteRig(folder, database, runId, journal, session, console, pages, moderator, participant, contexts);
    }

    /// <summary>Opens the link and agrees on the consent screen; returns once the first frame is on the canvas.</summary>
    public async Task ConsentAsync()
    {
        await Participant.GotoAsync(Pages.Url.ToString());
        await Participant.GetByRole(AriaRole.Button, new() { Name = "I agree — start" }).ClickAsync();
        await Participant.Locator("#stage-status:empty").WaitForAsync(new() { State = WaitForSelectorState.Attached, Timeout = 30_000 });
    }

    /// <summary>
    /// Where the middle of <paramref name="labElement"/> (an element of the lab's page) shows on the participant's
    /// canvas, in the participant page's coordinates: the stream is scaled to their window.
    /// </summary>
    public async Task<(float X, float Y)> OnCanvasAsync(ILocator labElement)
    {
        var box = await labElement.BoundingBoxAsync() ?? throw new InvalidOperationException($"{labElement} is not on the lab's page");
        var canvas = await Participant.Locator("#screen").BoundingBoxAsync() ?? throw new InvalidOperationException("no canvas");
        var size = Session.Remote!.Viewport;
        return (canvas.X + (box.X + (box.Width / 2)) * canvas.Width / size.Width, canvas.Y + (box.Y + (box.Height / 2)) * canvas.Height / size.Height);
    }

    /// <summary>The picture on the participant's canvas now, to see it change.</summary>
    public Task<string> CanvasPictureAsync() => Participant.EvaluateAsync<string>("() => document.getElementById('screen').toDataURL()");

    /// <summary>Until the participant's canvas shows something else than <paramref name="picture"/> (new frames were drawn).</summary>
    public Task CanvasChangesFromAsync(string picture) =>
        Participant.WaitForFunctionAsync("before => document.getElementById('screen').toDataURL() !== before", picture, new() { PollingInterval = 100, Timeout = 20_000 });

    public Task SeeFeedAsync(string kind, string text) =>
        Moderator.Locator($"#feed li.{kind}", new() { HasText = text }).First.WaitForAsync(new() { Timeout = 10_000 });

    public async ValueTask DisposeAsync()
    {
        foreach (var context in _contexts)
        {
            await context.CloseAsync();
        }

        await Pages.DisposeAsync();
        await Session.DisposeAsync();
        await Console.DisposeAsync();
        await _journal.DisposeAsync();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        try
        {
            Directory.Delete(_folder, recursive: true);
        }
        catch (IOException)
        {
            // A file still held open by a finishing writer; the temp folder is cleaned eventually.
        }
    }
}
