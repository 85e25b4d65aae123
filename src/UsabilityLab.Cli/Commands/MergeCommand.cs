using System.CommandLine;
using System.Globalization;
using System.Text.Json;
using UsabilityLab.Application.Runs;
using UsabilityLab.CommandLine;
using UsabilityLab.Core.Runs;

namespace UsabilityLab.Cli.Commands;

/// <summary>
/// <c>lab merge OUT.db SHARD.db… [--run-key KEY] [--json]</c>: the SQLite files the shards of one run were recorded into
/// (one per CI machine) joined into one run of OUT.db. Missing shards leave the run incomplete: exit 0 with a warning,
/// since <c>lab analyze --gates</c> is what fails a CI job on an incomplete run.
/// </summary>
internal static class MergeCommand
{
    internal sealed record Settings(string Output, IReadOnlyList<string> Shards, string? RunKey, bool Json);

    public static Command Create(CliIo io)
    {
        var output = new Argument<string>("OUT.db") { Description = "SQLite file to merge into: created when missing; may hold other runs, and the run from an earlier merge (shards it lacks are added)" };
        var shards = new Argument<string[]>("SHARD.db") { Description = "SQLite files the shards were recorded into (lab run FILE --shard K/N --run-key KEY --db SHARD.db), one or more", Arity = ArgumentArity.OneOrMore };
        var runKey = new Option<string?>("--run-key") { Description = "The run to take from each file, when a file holds more than one sharded run" };
        var json = CommonOptions.Json();
        var command = new Command("merge", "Join the SQLite files the shards of one run key were recorded into (one per machine) into one run of OUT.db") { output, shards, runKey, json };
        command.SetAction((parse, ct) => RunAsync(new Settings(parse.GetValue(output)!, parse.GetValue(shards)!, parse.GetValue(runKey), parse.GetValue(json)), io, ct));
        return command;
    }

    private static async Task<int> RunAsync(Settings settings, CliIo io, CancellationToken ct)
    {
        var merged = await ShardMerge.MergeAsync(new ShardMergeSettings(settings.Output, settings.Shards) { RunKey = settings.RunKey }, ct);
        io.Out.WriteLine(settings.Json ? Json(merged) : Line(merged));
        if (!merged.Complete)
        {
            io.Error.WriteLine($"lab: run {merged.RunId} is incomplete: {merged.EndReason}; analyze and report say so, and analyze --gates exits 1. Merge the missing shards into {settings.Output} once they are recorded");
        }

        return ExitCodes.Ok;
    }

    /// <summary>"Merged run KEY: shards 1, 2, 4 of 4 → OUT.db run N (12 participants, 60 attempts); missing: shard 3".</summary>
    internal static string Line(ShardMergeSummary merged)
    {
        var held = merged.Shards.Where(s => s.Source is null).Select(s => s.Index).ToList();
        var there = merged.Added.Count == 0 ? "; nothing new: every shard given was there already"
            : held.Count > 0 ? $"; {Shards(held)} {(held.Count == 1 ? "was" : "were")} there already"
            : "";
        var line = $"Merged run {merged.RunKey}: {Shards(merged.Shards.Select(s => s.Index).ToList())} of {merged.ShardCount} → {merged.Location} run {merged.RunId} " +
                   $"({merged.Participants} participants, {merged.Attempts} attempts{there})";
        if (merged.Absent.Count > 0)
        {
            line += $"; missing: {Shards(merged.Absent)}";
        }

        if (merged.Unfinished.Count > 0)
        {
            line += $"; not finished: {string.Join(", ", merged.Unfinished.Select(s => $"shard {s.Index} ({s.StatusText})"))}";
        }

        return line;
    }

    private static string Json(ShardMergeSummary merged) => JsonSerializer.Serialize(
        new
        {
            runKey = merged.RunKey,
            database = merged.Location,
            run = merged.RunId,
            status = RunStatusText.Of(merged.Status, merged.EndReason),
            complete = merged.Complete,
            shardCount = merged.ShardCount,
            shards = merged.Shards.Select(s => new { shard = s.Index, status = s.StatusText, finished = s.Finished, mergedFrom = s.Source }),
            added = merged.Added,
            missing = merged.Absent,
            participants = merged.Participants,
            attempts = merged.Attempts,
        },
        new JsonSerializerOptions { WriteIndented = true });

    private static string Shards(IReadOnlyList<int> shards) =>
        (shards.Count == 1 ? "shard " : "shards ") + string.Join(", ", shards.Select(k => k.ToString(CultureInfo.InvariantCulture)));
}
