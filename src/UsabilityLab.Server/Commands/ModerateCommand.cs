using System.CommandLine;
using System.Globalization;
using System.Text.RegularExpressions;
using Spectre.Console;
using UsabilityLab.Application.Moderation;
using UsabilityLab.CommandLine;
using UsabilityLab.Core.Errors;
using UsabilityLab.Recording.Moderation;
using UsabilityLab.Server.ModeratorConsole;
using UsabilityLab.Server.Remote;

namespace UsabilityLab.Server.Commands;

/// <summary>
/// <c>lab moderate FILE --participant ID</c>: a moderated session. Opens the participant's browser on the study's
/// target with the task panel, starts the moderator console on 127.0.0.1 and prints its URL (with its token), then
/// waits until the moderator ends the session (or Ctrl-C, which keeps what was recorded). With <c>--remote</c> no
/// browser opens here: it prints the participant's link next to the console's, and the session starts when the
/// participant consents on that page.
/// </summary>
internal static partial class ModerateCommand
{
    internal sealed record Settings(string File, string Participant, string? Db, int ConsolePort, bool Headless, long? Run, bool Remote = false, int ParticipantPort = 0);

    public static Command Create(CliIo io)
    {
        var file = new Argument<string>("FILE") { Description = "Study file (YAML)" };
        var participant = new Option<string>("--participant") { Description = "Participant label, e.g. P07 (pseudonymous, never a name)", Required = true };
        var db = CommonOptions.Database();
        var port = new Option<int>("--console-port") { Description = "Loopback port of the moderator console (0 = pick a free one)", DefaultValueFactory = _ => 0 };
        var headless = new Option<bool>("--headless") { Description = "Run the participant's browser without a window (automatic when there is no display)" };
        var run = new Option<long?>("--run") { Description = "Moderated run to add the session to (default: the latest moderated run of this study file, else a new run)" };
        var remote = new Option<bool>("--remote") { Description = "A remote participant: print a link to a page that streams a headless browser here (consent first; nothing to install)" };
        var participantPort = new Option<int>("--participant-port") { Description = "Loopback port of the participant page with --remote (0 = pick a free one)", DefaultValueFactory = _ => 0 };
        var command = new Command("moderate", "Run a moderated session: a real participant's browser with a task panel, and a live moderator console")
        {
            file, participant, db, port, headless, run, remote, participantPort,
        };
        command.SetAction((parse, ct) => RunAsync(
            new Settings(parse.GetValue(file)!, parse.GetValue(participant)!, parse.GetValue(db), parse.GetValue(port), parse.GetValue(headless), parse.GetValue(run), parse.GetValue(remote), parse.GetValue(participantPort)),
            io, ct));
        return command;
    }

    private static async Task<int> RunAsync(Settings settings, CliIo io, CancellationToken cancellationToken)
    {
        Validate(settings);
        if (StudyFiles.LoadValid(settings.File, io) is not { Study: { } study } source)
        {
            return ExitCodes.Usage;
        }

        var moderate = new ModerateSettings(source, Path.GetFullPath(settings.File), settings.Participant, settings.Db)
        {
            ConsolePort = settings.ConsolePort,
            Headless = settings.Headless,
            Run = settings.Run,
            Remote = settings.Remote,
            ParticipantPort = settings.ParticipantPort,
        };
        await using var moderation = await ModeratedRecording.StartAsync(moderate, new ModeratorConsoles(), cancellationToken, new ParticipantPages());
        io.Out.WriteLine($"{(moderation.Created ? "New moderated run" : "Moderated run")} {moderation.RunId}: \"{study.Name}\", participant {settings.Participant} → {moderation.Store.Location}");
        if (moderation.ParticipantUrl is { } link)
        {
            io.Out.WriteLine($"Participant link: {link}");
            io.Out.WriteLine("Send the link to the participant only. Nothing is recorded until they agree on its consent screen; their browser runs headless here, confined to the study's site.");
        }
        else
        {
            io.Out.WriteLine($"Participant's browser: {(moderation.Headless ? "headless (no display; --headless or no $DISPLAY)" : "open")} at {study.Target}");
        }

        io.Out.WriteLine($"Moderator console: {moderation.ConsoleUrl}");
        io.Out.WriteLine("The console URL carries its access token: keep it to yourself. End the session in the console; Ctrl-C stops it too (what was recorded is kept).");
        var result = await moderation.WaitAsync(cancellationToken);
        PrintSummary(result.Snapshot, io);
        if (result.Interrupted)
        {
            io.Error.WriteLine($"lab: session interrupted; what was recorded is saved. Continue with: ./lab moderate {settings.File} --participant {settings.Participant} --run {moderation.RunId}");
            return ExitCodes.Interrupted;
        }

        io.Out.WriteLine($"Analyze with: ./lab analyze {moderation.RunId}   (frames: ./lab export {moderation.RunId} --format frames)");
        return ExitCodes.Ok;
    }

    private static void PrintSummary(ModerationSnapshot snapshot, CliIo io)
    {
        var table = new Table().Title($"Participant {Markup.Escape(snapshot.Participant)}").AddColumns("task", "outcome", "automatic", "time", "SEQ");
        foreach (var attempt in snapshot.Attempts)
        {
            table.AddRow(
                Markup.Escape(attempt.TaskId),
                Markup.Escape(attempt.Outcome),
                Markup.Escape(attempt.AutomaticOutcome ?? "–"),
                attempt.TimeSeconds.ToString("0.0 s", CultureInfo.InvariantCulture),
                attempt.Seq?.ToString(CultureInfo.InvariantCulture) ?? "–");
        }

        io.Ansi.Write(table);
        io.Out.WriteLine($"Session {ModerationWords.Of(snapshot.Status)}: {snapshot.StatusDetail}");
    }

    private static void Validate(Settings settings)
    {
        if (!ParticipantLabel().IsMatch(settings.Participant))
        {
            throw new InputException($"--participant '{settings.Participant}': use a pseudonymous label (letters, digits, '.', '-', '_'; at most 40 characters), e.g. P07 — never a participant's name");
        }

        if (settings.ConsolePort is < 0 or > 65535)
        {
            throw new InputException($"--console-port {settings.ConsolePort} is not a port number; use 0–65535 (0 picks a free port)");
        }

        if (settings.ParticipantPort is < 0 or > 65535)
        {
            throw new InputException($"--participant-port {settings.ParticipantPort} is not a port number; use 0–65535 (0 picks a free port)");
        }

        if (settings.ParticipantPort != 0 && !settings.Remote)
        {
            throw new InputException("--participant-port is for remote sessions; add --remote, or leave it out");
        }
    }

    [GeneratedRegex("^[A-Za-z0-9][A-Za-z0-9._-]{0,39}$")]
    private static partial Regex ParticipantLabel();
}
