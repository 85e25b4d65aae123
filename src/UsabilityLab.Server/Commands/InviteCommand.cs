using System.CommandLine;
using System.Globalization;
using System.Text.Json;
using Spectre.Console;
using UsabilityLab.Application;
using UsabilityLab.Application.Invitations;
using UsabilityLab.CommandLine;
using UsabilityLab.Core.Errors;
using UsabilityLab.Core.Invitations;
using UsabilityLab.Server.Dashboard;

namespace UsabilityLab.Server.Commands;

/// <summary>
/// <c>lab invite FILE --participants N [--moderated] [--expires 7d] [--base-url URL]</c>: one single-use, expiring link
/// per remote participant, printed once (only the tokens' hashes are stored); <c>lab invite list [FILE]</c> and
/// <c>lab invite revoke ID|PARTICIPANT</c> show and withdraw them. The participant page redeems them.
/// </summary>
internal static class InviteCommand
{
    /// <summary>Where participants reach the lab server unless told otherwise: <c>./lab serve</c>'s own default address.</summary>
    public static readonly Uri DefaultBaseUrl = new($"http://127.0.0.1:{DashboardOptions.DefaultPort}");

    public static Command Create(CliIo io, TimeProvider? time = null)
    {
        var file = new Argument<string>("FILE") { Description = "Study file (YAML) the participants are invited to" };
        var participants = new Option<int>("--participants") { Description = $"How many links: one per participant (1–{ParticipantInvitations.MaxParticipants})", Required = true };
        var moderated = new Option<bool>("--moderated") { Description = "A moderator leads each session (default: participants work through the tasks alone)" };
        var expires = new Option<string>("--expires") { Description = $"How long the links stay valid: {InvitationLifetimes.Rule}", DefaultValueFactory = _ => "7d" };
        var baseUrl = new Option<string>("--base-url") { Description = "The lab server's address as participants reach it", DefaultValueFactory = _ => DefaultBaseUrl.AbsoluteUri.TrimEnd('/') };
        var json = CommonOptions.Json();
        var db = CommonOptions.Database();
        var command = new Command("invite", "Invite remote participants: one single-use, expiring link each (also: invite list, invite revoke)")
        {
            file, participants, moderated, expires, baseUrl, json, db, List(io, time), Revoke(io, time),
        };
        command.SetAction(async (parse, ct) =>
        {
            var (lifetime, server) = (ParseLifetime(parse.GetValue(expires)), ParseBaseUrl(parse.GetValue(baseUrl)));
            var path = parse.GetValue(file)!;
            if (StudyFiles.LoadValid(path, io) is not { Study: { } study } source)
            {
                return ExitCodes.Usage;
            }

            var request = new InvitationRequest(source, Path.GetFullPath(path), parse.GetValue(participants), parse.GetValue(moderated), lifetime);
            request.Check();
            var store = await LabStore.OpenAsync(parse.GetValue(db), ct);
            var links = await new ParticipantInvitations(store, time).CreateAsync(request, ct);
            if (parse.GetValue(json))
            {
                io.Out.WriteLine(Json(links.Select(l => new
                {
                    id = l.Invitation.Id, participant = l.Invitation.Participant, url = l.UrlOn(server), study = l.Invitation.StudyName,
                    studyPath = l.Invitation.StudyPath, moderated = l.Invitation.Moderated, expiresAt = l.Invitation.ExpiresAt,
                })));
                return ExitCodes.Ok;
            }

            io.Out.WriteLine($"Invited {links.Count} participant{(links.Count == 1 ? "" : "s")} to \"{study.Name}\" ({Mode(request.Moderated)}; the links expire {Utc(links[0].Invitation.ExpiresAt)} UTC) in {store.Location}:");
            foreach (var link in links)
            {
                io.Out.WriteLine($"{link.Invitation.Participant}  {link.UrlOn(server)}");
            }

            io.Out.WriteLine($"Each link admits one person once, and is shown only now: the store keeps a hash of it. Withdraw one with ./lab invite revoke {links[0].Invitation.Participant}");
            return ExitCodes.Ok;
        });
        return command;
    }

    private static Command List(CliIo io, TimeProvider? time)
    {
        var file = new Argument<string?>("FILE") { Description = "Only the invitations to this study file", Arity = ArgumentArity.ZeroOrOne };
        var json = CommonOptions.Json();
        var db = CommonOptions.Database();
        var command = new Command("list", "List the invitations: participant, study, mode, expiry and status (pending, used, expired, revoked); never a link") { file, json, db };
        command.SetAction(async (parse, ct) =>
        {
            var store = await LabStore.OpenExistingAsync(parse.GetValue(db), ct);
            var invitations = await new ParticipantInvitations(store, time).ListAsync(parse.GetValue(file), ct);
            if (parse.GetValue(json))
            {
                io.Out.WriteLine(Json(invitations.Select(s => new
                {
                    id = s.Invitation.Id, participant = s.Invitation.Participant, study = s.Invitation.StudyName, studyPath = s.Invitation.StudyPath,
                    runId = s.Invitation.RunId, moderated = s.Invitation.Moderated, status = s.StatusName, createdAt = s.Invitation.CreatedAt,
                    expiresAt = s.Invitation.ExpiresAt, usedAt = s.Invitation.UsedAt, revokedAt = s.Invitation.RevokedAt,
                })));
                return ExitCodes.Ok;
            }

            if (invitations.Count == 0)
            {
                io.Out.WriteLine($"No invitations in {store.Location}{(parse.GetValue(file) is { } study ? $" to {Path.GetFullPath(study)}" : "")} yet; make some with ./lab invite FILE --participants N");
                return ExitCodes.Ok;
            }

            var table = new Table().Title(Markup.Escape($"Invitations in {store.Location}")).AddColumns("id", "participant", "study", "mode", "expires (UTC)", "status");
            foreach (var summary in invitations)
            {
                var invitation = summary.Invitation;
                table.AddRow(invitation.Id.ToString(CultureInfo.InvariantCulture), Markup.Escape(invitation.Participant), Markup.Escape(invitation.StudyName),
                    Mode(invitation.Moderated), Utc(invitation.ExpiresAt), Markup.Escape(Status(summary)));
            }

            io.Ansi.Write(table);
            return ExitCodes.Ok;
        });
        return command;
    }

    private static Command Revoke(CliIo io, TimeProvider? time)
    {
        var target = new Argument<string>("ID|PARTICIPANT") { Description = "The invitation's id, or its participant label (e.g. P03)" };
        var study = new Option<string?>("--study") { Description = "The study file, when several studies have invitations for that participant label" };
        var db = CommonOptions.Database();
        var command = new Command("revoke", "Withdraw an invitation: its link admits nobody from now on") { target, study, db };
        command.SetAction(async (parse, ct) =>
        {
            var store = await LabStore.OpenExistingAsync(parse.GetValue(db), ct);
            var (invitation, before) = await new ParticipantInvitations(store, time).RevokeAsync(parse.GetValue(target)!, parse.GetValue(study), ct);
            var which = $"invitation {invitation.Id} ({invitation.Participant}, \"{invitation.StudyName}\")";
            io.Out.WriteLine(before switch
            {
                InvitationStatus.Revoked => $"The {which} was revoked already, at {Utc(invitation.RevokedAt!.Value)} UTC",
                InvitationStatus.Used => $"Revoked {which}; its link had admitted its participant already, at {Utc(invitation.UsedAt!.Value)} UTC",
                InvitationStatus.Expired => $"Revoked {which}; its link had expired already",
                _ => $"Revoked {which}: its link admits nobody now",
            });
            return ExitCodes.Ok;
        });
        return command;
    }

    private static TimeSpan ParseLifetime(string? text) =>
        InvitationLifetimes.TryParse(text, out var lifetime) ? lifetime : throw new InputException($"--expires '{text}': use {InvitationLifetimes.Rule}");

    private static Uri ParseBaseUrl(string? text) =>
        Uri.TryCreate(text, UriKind.Absolute, out var url) && url.Scheme is "http" or "https" && url.Query.Length == 0 && url.Fragment.Length == 0 && url.UserInfo.Length == 0
            ? url
            : throw new InputException($"--base-url '{text}': use the lab server's address as participants reach it, http or https without a query, e.g. https://lab.example.org");

    private static string Status(InvitationSummary summary) => summary switch
    {
        { Status: InvitationStatus.Used, Invitation.UsedAt: { } at } => $"used {Utc(at)}",
        { Status: InvitationStatus.Revoked, Invitation.RevokedAt: { } at } => $"revoked {Utc(at)}",
        _ => summary.StatusName,
    };

    private static string Mode(bool moderated) => moderated ? "moderated" : "unmoderated";

    private static string Json<T>(T value) => JsonSerializer.Serialize(value, JsonOptions);

    private static readonly JsonSerializerOptions JsonOptions = new() { WriteIndented = true };

    private static string Utc(DateTimeOffset time) => time.UtcDateTime.ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture);
}
