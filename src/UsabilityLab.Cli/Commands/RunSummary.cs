using System.Globalization;
using Spectre.Console;
using UsabilityLab.CommandLine;
using UsabilityLab.Core.Metrics;
using UsabilityLab.Core.Personas;
using UsabilityLab.Core.Sessions;
using UsabilityLab.Application;
using UsabilityLab.Application.Runs;

namespace UsabilityLab.Cli.Commands;

/// <summary>
/// The table printed after a run: per task, how attempts ended and the median time of the successful attempts — the
/// same measure `lab analyze` calls "median (successes)", so the two never print different numbers under one name;
/// then, on stderr, each participant whose session a setup or teardown hook ended, with the hook's line.
/// </summary>
internal static class RunSummary
{
    public static async Task PrintAsync(LabStore store, long runId, CliIo io, CancellationToken cancellationToken)
    {
        var tally = await new StoredRuns(store).TallyAsync(runId, cancellationToken);
        var personas = tally.Personas;
        var who = personas.Count > 0 && personas.All(PersonaProfile.IsSimulated) ? $"{personas.Count} simulated participants (persona model)" : $"{personas.Count} participants";
        var table = new Table().Title($"Run {runId}: {who}").AddColumns("task", "attempts", "success", "failed", "abandoned", "error", "crashed", "median time (successes)");
        foreach (var task in tally.TaskIds)
        {
            var mine = tally.Attempts.Where(a => a.TaskId == task && a.Outcome != AttemptOutcome.Interrupted && !a.Unrestored).ToList();
            int Count(AttemptOutcome outcome) => mine.Count(a => a.Outcome == outcome);
            var times = mine.Where(a => a.Outcome == AttemptOutcome.Success && a.EndMs > a.StartMs).Select(a => (a.EndMs - a.StartMs) / 1000).ToArray();
            var median = times.Length == 0 ? "–" : TimeOnTask.Median(times).ToString("0.0 s", CultureInfo.InvariantCulture);
            table.AddRow(
                Markup.Escape(task),
                mine.Count.ToString(CultureInfo.InvariantCulture),
                Count(AttemptOutcome.Success).ToString(CultureInfo.InvariantCulture),
                Count(AttemptOutcome.Failed).ToString(CultureInfo.InvariantCulture),
                Count(AttemptOutcome.Abandoned).ToString(CultureInfo.InvariantCulture),
                Count(AttemptOutcome.Error).ToString(CultureInfo.InvariantCulture),
                Count(AttemptOutcome.Crashed).ToString(CultureInfo.InvariantCulture),
                median);
        }

        io.Ansi.Write(table);
        if (tally.Attempts.Count(a => a.Unrestored && a.Outcome != AttemptOutcome.Interrupted) is > 0 and var unrestored)
        {
            io.Out.WriteLine($"({unrestored} attempts are left out: the lab could not set up where they start; a resume could not replay the participants' earlier tasks, or a task setup hook failed)");
        }

        foreach (var failure in tally.HookFailures)
        {
            io.Error.WriteLine($"lab: {failure.Participant}: {failure.Reason}");
        }
    }
}
