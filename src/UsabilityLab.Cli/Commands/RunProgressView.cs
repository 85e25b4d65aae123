using Spectre.Console;
using UsabilityLab.Application.Runs;
using UsabilityLab.CommandLine;
using UsabilityLab.Core.Runs;

namespace UsabilityLab.Cli.Commands;

/// <summary>Shows a run's progress: a live bar on a terminal, one line per finished participant in logs.</summary>
internal static class RunProgressView
{
    /// <summary>Records (or resumes) a scripted run, saying which run records and showing its progress.</summary>
    public static async Task<RecordResult> RecordAsync(CliIo io, RecordSettings settings, CancellationToken cancellationToken)
    {
        await using var recording = await StudyRecording.OpenAsync(settings, cancellationToken);
        if (recording.Resumed)
        {
            var options = recording.Options;
            io.Out.WriteLine($"Run {recording.RunId} goes on with its own settings: persona {options.PersonaMode.ToString().ToLowerInvariant()}, seed {options.Seed}, {options.Participants} participants");
        }

        var shard = recording.Shard is { } s ? $", shard {s} (key {settings.RunKey})" : "";
        io.Out.WriteLine($"{(recording.Resumed ? "Resuming run" : "Run")} {recording.RunId}{shard}: \"{recording.Study.Name}\" against {recording.Study.Target} → {recording.Store.Location}");
        RecordResult? result = null;
        await ShowAsync(io, async (progress, token) => result = await recording.RecordAsync(progress, io.Notices, token), cancellationToken);
        return result!;
    }

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
