using System.CommandLine;
using System.Globalization;
using System.Text.Json;
using Spectre.Console;
using UsabilityLab.Application.Analysis;
using UsabilityLab.Application.Runs;
using UsabilityLab.Application;
using UsabilityLab.CommandLine;
using UsabilityLab.Core.Errors;
using UsabilityLab.Core.Runs;

namespace UsabilityLab.Cli.Commands;

/// <summary><c>lab runs [--study NAME] [--json]</c>: the runs of a database, newest first, with their state and gates.</summary>
internal static class RunsCommand
{
    internal sealed record Settings(string? Study, string? Db, bool Json, int Limit);

    public static Command Create(CliIo io)
    {
        var study = new Option<string?>("--study") { Description = "Only the runs of this study (its name)" };
        var db = CommonOptions.Database();
        var json = CommonOptions.Json();
        var limit = new Option<int>("--limit") { Description = "How many runs, newest first", DefaultValueFactory = _ => 20 };
        var command = new Command("runs", "List the runs of a database, newest first: status, participants done, duration, gates") { study, db, json, limit };
        command.SetAction((parse, ct) => RunAsync(new Settings(parse.GetValue(study), parse.GetValue(db), parse.GetValue(json), parse.GetValue(limit)), io, ct));
        return command;
    }

    private static async Task<int> RunAsync(Settings settings, CliIo io, CancellationToken ct)
    {
        if (settings.Limit is < 1 or > 10_000)
        {
            throw new InputException($"--limit {settings.Limit}: use 1–10000");
        }

        var store = await LabStore.OpenExistingAsync(settings.Db, ct);
        var runs = await new StoredRuns(store).ListAsync(settings.Study, settings.Limit, ct);
        var gates = new List<string>(runs.Count);
        foreach (var run in runs)
        {
            gates.Add(await RunGates.VerdictAsync(store, run, ct));
        }

        if (settings.Json)
        {
            io.Out.WriteLine(JsonSerializer.Serialize(runs.Select((r, i) => new
            {
                id = r.Id,
                study = r.Study,
                mode = r.Mode.ToString().ToLowerInvariant(),
                status = r.StatusText,
                participantsDone = r.ParticipantsDone,
                participantsPlanned = r.ParticipantsPlanned,
                shards = r.ShardCount is { } count ? new { done = r.ShardsDone, total = count, key = r.RunKey } : null,
                startedAt = r.StartedAt,
                durationSeconds = Duration(r)?.TotalSeconds,
                gates = gates[i],
            }), new JsonSerializerOptions { WriteIndented = true }));
            return ExitCodes.Ok;
        }

        if (runs.Count == 0)
        {
            io.Out.WriteLine(settings.Study is null ? $"No runs in {store.Location} yet; record one with ./lab run FILE" : $"No runs of \"{settings.Study}\" in {store.Location}");
            return ExitCodes.Ok;
        }

        // The shards column only when a listed run has shards: most databases never see one.
        var sharded = runs.Any(r => r.ShardCount is not null);
        var table = new Table().Title(Markup.Escape($"Runs in {store.Location}")).AddColumns("run", "study", "mode", "status", "participants");
        if (sharded)
        {
            table.AddColumn("shards (done/all, key)");
        }

        table.AddColumns("started (UTC)", "duration", "gates");
        foreach (var (run, i) in runs.Select((r, i) => (r, i)))
        {
            var cells = new List<string>
            {
                run.Id.ToString(CultureInfo.InvariantCulture),
                Markup.Escape(run.Study),
                run.Mode.ToString().ToLowerInvariant(),
                Markup.Escape(run.StatusText),
                $"{run.ParticipantsDone}/{run.ParticipantsPlanned}",
            };
            if (sharded)
            {
                cells.Add(Markup.Escape(run.ShardsText ?? "–"));
            }

            cells.AddRange(
            [
                run.StartedAt.UtcDateTime.ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture),
                Duration(run) is { } d ? $"{(int)d.TotalMinutes}:{d.Seconds:00}" : "–",
                Markup.Escape(gates[i]),
            ]);
            table.AddRow(cells.ToArray());
        }

        io.Ansi.Write(table);
        return ExitCodes.Ok;
    }

    private static TimeSpan? Duration(RunListing run) => run.EndedAt is { } ended ? ended - run.StartedAt : null;
}
