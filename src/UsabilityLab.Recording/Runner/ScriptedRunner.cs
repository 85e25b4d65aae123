using System.Threading.Channels;
using UsabilityLab.Browser;
using UsabilityLab.Core.Runs;
using UsabilityLab.Core.Sessions;
using UsabilityLab.Core.Studies;
using UsabilityLab.Recording.Runner.Hooks;

namespace UsabilityLab.Recording.Runner;

/// <summary>
/// Runs a study with simulated participants: each worker owns a browser (a crash takes down one worker's
/// participant, not the run), each participant gets a fresh context, tasks run in order.
/// </summary>
/// <param name="config">The browser configuration.</param>
/// <param name="time">The clock the runner reads real time from (<see cref="TimeProvider.System"/> when null): participant
/// time, the waits for pages to answer, load and settle, the deadline that ends attempts on pages that stop answering,
/// and hooks' timeouts.</param>
public sealed class ScriptedRunner(BrowserConfig config, TimeProvider? time = null)
{
    private readonly TimeProvider _time = time ?? TimeProvider.System;

    /// <summary>
    /// Runs every planned participant between the study's run setup and teardown hooks; returns their attempts.
    /// Ctrl-C (cancellation) leaves a resumable run.
    /// </summary>
    /// <exception cref="HookFailedException">A run setup hook failed (nothing ran), or a run teardown hook failed (after
    /// every participant's results were stored).</exception>
    public async Task<IReadOnlyList<AttemptRecord>> RunAsync(
        Study study,
        IRunJournal journal,
        ScriptedRunOptions options,
        IProgress<RunProgress>? progress = null,
        CancellationToken cancellationToken = default)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(options.Workers, 1);
        var run = options.RunId.ToString(System.Globalization.CultureInfo.InvariantCulture);
        await using var hooks = new RunHooks(study, config, _time, run, options.Headed);
        return await hooks.AroundAsync(() => RunParticipantsAsync(study, journal, options, run, progress, cancellationToken), cancellationToken);
    }

    private async Task<IReadOnlyList<AttemptRecord>> RunParticipantsAsync(
        Study study, IRunJournal journal, ScriptedRunOptions options, string run, IProgress<RunProgress>? progress, CancellationToken cancellationToken)
    {
        var roster = ParticipantRoster.Build(study, options);
        var snapshots = new BackdropTaker(journal, study.Capture, config.ActionTimeoutMs, _time);
        var browsers = Channel.CreateUnbounded<LabBrowser?>();
        for (var i = 0; i < Math.Min(options.Workers, roster.Count); i++)
        {
            browsers.Writer.TryWrite(null); // launched lazily by the worker that takes the slot
        }

        var results = new List<AttemptRecord>[roster.Count];
        var done = 0;
        try
        {
            await Parallel.ForEachAsync(
                roster.Select((p, i) => (p, i)),
                new ParallelOptions { MaxDegreeOfParallelism = options.Workers, CancellationToken = cancellationToken },
                async (item, ct) =>
                {
                    var browser = await browsers.Reader.ReadAsync(ct);
                    try
                    {
                        if (browser is null || !browser.Browser.IsConnected)
                        {
                            if (browser is not null)
                            {
                                await browser.DisposeAsync();
                            }

                            browser = await LabBrowser.LaunchAsync(config, headless: options.Headed ? false : null);
                        }

                        // Each participant meets the study with ${PARTICIPANT} and ${RUN} expanded for them.
                        var participantRunner = new ParticipantRunner(RunVariables.ForParticipant(study, item.p.Label, run), journal, config, snapshots, _time);
                        var attempts = await participantRunner.RunAsync(browser, item.p, task => progress?.Report(new RunProgress(done, roster.Count, item.p.Label, task)), ct);
                        results[item.i] = [.. attempts];
                        Interlocked.Increment(ref done);
                        progress?.Report(new RunProgress(done, roster.Count, item.p.Label, null));
                    }
                    finally
                    {
                        browsers.Writer.TryWrite(browser);
                    }
                });
        }
        finally
        {
            try
            {
                // Archives still being saved need their pages: they finish first (an interrupted run keeps them too).
                await snapshots.SettleAsync();
            }
            finally
            {
                browsers.Writer.TryComplete();
                await CloseAsync(browsers.Reader, journal);
            }
        }

        return results.Where(r => r is not null).SelectMany(r => r).ToList();
    }

    /// <summary>Closes the workers' browsers (each returned its own when its last participant ended) and flushes the journal.</summary>
    private static async Task CloseAsync(ChannelReader<LabBrowser?> browsers, IRunJournal journal)
    {
        while (browsers.TryRead(out var browser))
        {
            if (browser is not null)
            {
                await browser.DisposeAsync();
            }
        }

        await journal.FlushAsync();
    }
}
