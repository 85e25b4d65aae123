using Microsoft.Playwright;
using UsabilityLab.Recording.Moderation;
using UsabilityLab.Server.ModeratorConsole;
using UsabilityLab.Storage;
using UsabilityLab.Storage.Moderation;

namespace UsabilityLab.Server.Tests.ModeratorConsole;

/// <summary>
/// One moderated session as the lab runs it, against a temp SQLite file: the session (which launches the
/// participant's headless browser), its console server, and a moderator page with the console open.
/// </summary>
internal sealed class ModeratedRig : IAsyncDisposable
{
    private readonly string _folder;
    private readonly RunJournal _journal;
    private readonly IBrowserContext _moderatorContext;

    private ModeratedRig(string folder, LabDatabase database, long runId, RunJournal journal, ModeratedSession session, ModeratorConsoleServer console, IBrowserContext moderatorContext, IPage moderator)
    {
        _folder = folder;
        Database = database;
        RunId = runId;
        _journal = journal;
        Session = session;
        Console = console;
        _moderatorContext = moderatorContext;
        Moderator = moderator;
        Panel = new PanelDriver(() => Session.ParticipantPage);
    }

    public LabDatabase Database { get; }

    public long RunId { get; }

    public ModeratedSession Session { get; }

    public ModeratorConsoleServer Console { get; }

    public IPage Moderator { get; }

    public PanelDriver Panel { get; }

    public IPage Participant => Session.ParticipantPage ?? throw new InvalidOperationException("the participant's browser is gone");

    public static async Task<ModeratedRig> StartAsync(ModerationFixture fixture, bool backdrops = false, TimeProvider? time = null)
    {
        var folder = Path.Combine(Path.GetTempPath(), "usabilitylab-tests", "moderated-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(folder);
        var database = await LabDatabase.OpenAsync(Path.Combine(folder, "lab.db"));
        var study = fixture.Study();
        var (runId, _, _) = await new ModeratedRuns(database).OpenAsync(study, "name: Moderated test study", "sha-moderated", null, null);
        var journal = await RunJournal.OpenAsync(database, runId);
        var session = new ModeratedSession(
            new ModeratedSessionOptions { Study = study, Participant = "P01", Browser = fixture.Config, Headless = true, Backdrops = backdrops, Time = time ?? TimeProvider.System },
            journal,
            new ModerationJournal(database));
        await session.StartAsync();
        var console = await ModeratorConsoleServer.StartAsync(session);
        var context = await fixture.Moderator.NewContextAsync(new Core.Studies.ViewportSize(1400, 900));
        var moderator = await context.NewPageAsync();
        // "End session" asks for confirmation; the moderator says yes.
        moderator.Dialog += async (_, dialog) => await dialog.AcceptAsync();
        await moderator.GotoAsync(console.Url.ToString());
        await moderator.Locator("#participant", new() { HasText = "P01" }).WaitForAsync();
        return new ModeratedRig(folder, database, runId, journal, session, console, context, moderator);
    }

    /// <summary>Waits until the console's feed shows a line of <paramref name="kind"/> containing <paramref name="text"/>.</summary>
    public Task SeeFeedAsync(string kind, string text) =>
        Moderator.Locator($"#feed li.{kind}", new() { HasText = text }).First.WaitForAsync(new() { Timeout = 10_000 });

    public async ValueTask DisposeAsync()
    {
        await _moderatorContext.CloseAsync();
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
