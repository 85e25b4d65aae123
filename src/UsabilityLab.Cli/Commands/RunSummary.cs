using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Spectre.Console;
using UsabilityLab.Core.Metrics;
using UsabilityLab.Core.Personas;
using UsabilityLab.Core.Sessions;
using UsabilityLab.Storage;
using UsabilityLab.Storage.Entities;

namespace UsabilityLab.Cli.Commands;

/// <summary>
/// The table printed after a run: per task, how attempts ended and the median time of the successful attempts — the
/// same measure `lab analyze` calls "median (successes)", so the two never print different numbers under one name;
/// then, on stderr, each participant whose session a setup or teardown hook ended, with the hook's line.
/// </summary>
internal static class RunSummary
{
    public static async Task PrintAsync(LabDatabase database, long runId, CliIo io, CancellationToken cancellationToken)
    {
        await using var db = database.CreateContext();
        var tasks = await db.TaskDefinitions.Where(t => t.RunId == runId).OrderBy(t => t.Order).ToListAsync(cancellationToken);
        var attempts = await db.TaskAttempts.Where(a => a.Session!.RunId == runId)
            .Select(a => new { a.TaskKey, a.Outcome, a.StartMs, a.EndMs, a.Unrestored }).ToListAsync(cancellationToken);
        var simulated = await db.Participants.Where(p => p.RunId == runId).Select(p => p.Persona).ToListAsync(cancellationToken);
        var who = simulated.Count > 0 && simulated.All(PersonaProfile.IsSimulated) ? $"{simulated.Count} simulated participants (persona model)" : $"{simulated.Count} participants";
        var table = new Table().Title($"Run {runId}: {who}").AddColumns("task", "attempts", "success", "failed", "abandoned", "error", "crashed", "median time (successes)");
        foreach (var task in tasks)
        {
            var mine = attempts.Where(a => a.TaskKey == task.TaskKey && a.Outcome != AttemptOutcome.Interrupted && !a.Unrestored).ToList();
            int Count(AttemptOutcome outcome) => mine.Count(a => a.Outcome == outcome);
            var times = mine.Where(a => a.Outcome == AttemptOutcome.Success && a.EndMs > a.StartMs).Select(a => (a.EndMs - a.StartMs) / 1000).ToArray();
            var median = times.Length == 0 ? "–" : TimeOnTask.Median(times).ToString("0.0 s", CultureInfo.InvariantCulture);
            table.AddRow(
                Markup.Escape(task.TaskKey),
                mine.Count.ToString(CultureInfo.InvariantCulture),
                Count(AttemptOutcome.Success).ToString(CultureInfo.InvariantCulture),
                Count(AttemptOutcome.Failed).ToString(CultureInfo.InvariantCulture),
                Count(AttemptOutcome.Abandoned).ToString(CultureInfo.InvariantCulture),
                Count(AttemptOutcome.Error).ToString(CultureInfo.InvariantCulture),
                Count(AttemptOutcome.Crashed).ToString(CultureInfo.InvariantCulture),
                median);
        }

        io.Ansi.Write(table);
        if (attempts.Count(a => a.Unrestored && a.Outcome != AttemptOutcome.Interrupted) is > 0 and var unrestored)
        {
            io.Out.WriteLine($"({unrestored} attempts are left out: the lab could not set up where they start; a resume could not replay the participants' earlier tasks, or a task setup hook failed)");
        }

        var hooksFailed = await db.Sessions.Where(s => s.RunId == runId && s.Status == SessionStatus.HookFailed)
            .OrderBy(s => s.Id).Select(s => new { s.Participant!.Label, s.EndReason }).ToListAsync(cancellationToken);
        foreach (var session in hooksFailed)
        {
            io.Error.WriteLine($"lab: {session.Label}: {session.EndReason}");
        }
    }
}
