using Spectre.Console;
using UsabilityLab.Recording.Runner;

namespace UsabilityLab.Cli.Commands;

/// <summary>Shows a run's progress: a live bar on a terminal, one line per finished participant in logs.</summary>
internal static class RunProgressView
{
    public static async Task ShowAsync(CliIo io, Func<IProgress<RunProgress>, CancellationToken, Task> run, CancellationToken cancellationToken)
    {
        if (io.Ansi.Profile.Capabilities.Interactive)
        {
            await io.Ansi.Progress()
                .Columns(new TaskDescriptionColumn(), new ProgressBarColumn(), new PercentageColumn(), new ElapsedTimeColumn())
                .StartAsync(async context =>
                {
                    var bar = context.AddTask("participants");
                    var progress = new Progress<RunProgress>(p =>
                    {
                        bar.MaxValue = p.ParticipantsTotal;
                        bar.Value = p.ParticipantsDone;
                        bar.Description = p.TaskId is null ? $"{p.ParticipantsDone}/{p.ParticipantsTotal} participants" : $"{p.Participant}: {p.TaskId}";
                    });
                    await run(progress, cancellationToken);
                });
            return;
        }

        // A participant's session reports "no current task" as it ends, before the run counts it done, and also when it
        // was interrupted: only a count that moved on says that someone finished.
        var lastDone = 0;
        var lines = new SynchronousProgress(p =>
        {
            if (p.TaskId is null && p.ParticipantsDone != lastDone)
            {
                lastDone = p.ParticipantsDone;
                io.Out.WriteLine($"  {p.ParticipantsDone}/{p.ParticipantsTotal} participants done ({p.Participant} finished)");
            }
        });
        await run(lines, cancellationToken);
    }

    /// <summary>Reports on the caller's thread, so log lines come out in order.</summary>
    private sealed class SynchronousProgress(Action<RunProgress> report) : IProgress<RunProgress>
    {
        private readonly Lock _gate = new();

        public void Report(RunProgress value)
        {
            lock (_gate)
            {
                report(value);
            }
        }
    }
}
