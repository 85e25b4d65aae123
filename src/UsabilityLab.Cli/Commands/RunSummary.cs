using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Spectre.Console;
using UsabilityLab.Core.Sessions;
using UsabilityLab.Storage;
using UsabilityLab.Storage.Entities;

namespace UsabilityLab.Cli.Commands;

/// <summary>
/// The table printed after a run: per task, how attempts ended and the median time; then, on stderr, each participant
/// whose session a setup or teardown hook ended, with the hook's line.
/// </summary>
internal static class RunSummary
{
    public static async Task PrintAsync(LabDatabase database, long runId, CliIo io, CancellationToken cancellationToken)
    {
        await using var db = database.CreateContext();
        var tasks = await db.TaskDefinitions.Where(t => t.RunId == runId).OrderBy(t => t.Order).ToListAsync(cancellationToken);
        var attempts = await db.TaskAttempts.Where(a => a.Session!.RunId == runId)
            .Select(a => new { a.TaskKey, a.Outcome, a.StartMs, a.EndMs, a.Unrestored }).ToListAsync(cancellationToken);
        var table = new Table().Title($"Run {runId}").AddColumns("task", "attempts", "success", "failed", "abandoned", "error", "crashed", "median time");
        foreach (var task in tasks)
        {
            var mine = attempts.Where(a => a.TaskKey == task.TaskKey && a.Outcome != AttemptOutcome.Interrupted && !a.Unrestored).ToList();
            int Count(AttemptOutcome outcome) => mine.Count(a => a.Outcome == outcome);
            var times = mine.Select(a => (a.EndMs - a.StartMs) / 1000).Order().ToList();
            var median = times.Count == 0 ? "–" : (times.Count % 2 == 1 ? times[times.Count / 2] : (times[(times.Count / 2) - 1] + times[times.Count / 2]) / 2).ToString("0.0 s", CultureInfo.InvariantCulture);
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
