using System.Threading.Channels;
using UsabilityLab.Browser;
using UsabilityLab.Core.Runs;
using UsabilityLab.Core.Sessions;
using UsabilityLab.Core.Studies;
using UsabilityLab.Recording.Runner.Hooks;

namespace UsabilityLab.Recording.Runner;

/// <summary>
/// Runs a study with simulated participants: each participant gets a fresh context in a browser of the run's
/// <see cref="BrowserPool"/> (launched here, one per worker, so a crash takes down one worker's participant, not the
/// run; or on browser servers, spread over their endpoints), and its tasks run in order. A participant whose browser is
/// lost goes on with the tasks it has left in another (at most <see cref="MaxMoves"/> times).
/// </summary>
/// <param name="config">The browser configuration: with <c>browser.endpoints</c>, the run connects to those browser
/// servers and launches nothing here.</param>
/// <param name="time">The clock the runner reads real time from (<see cref="TimeProvider.System"/> when null): participant
/// time, the waits for pages to answer, load and settle, the deadline that ends attempts on pages that stop answering,
/// and hooks' timeouts.</param>
/// <param name="notices">Told when a participant moves to another browser; null tells nobody.</param>
public sealed class ScriptedRunner(BrowserConfig config, TimeProvider? time = null, Action<string>? notices = null)
{
    /// <summary>
    /// How often one participant is moved to another browser after losing one: enough for servers that die one after
    /// another, and a bound for a site that brings down every browser it is shown in.
    /// </summary>
    public const int MaxMoves = 2;

    private readonly TimeProvider _time = time ?? TimeProvider.System;

    /// <summary>
    /// Runs every planned participant between the study's run setup and teardown hooks; returns their attempts.
    /// Ctrl-C (cancellation) leaves a resumable run.
    /// </summary>
    /// <exception cref="HookFailedException">A run setup hook failed (nothing ran), or a run teardown hook failed (after
    /// every participant's results were stored).</exception>
    /// <exception cref="Core.Errors.EnvironmentProblemException">Chromium could not be launched, or every browser server
    /// is gone; what was recorded until then is stored.</exception>
    public async Task<IReadOnlyList<AttemptRecord>> RunAsync(
        Study study,
        IRunJournal journal,
        ScriptedRunOptions options,
        IProgress<RunProgress>? progress = null,
        CancellationToken cancellationToken = default)
    {
        var workers = options.Workers ?? BrowserPool.DefaultWorkers(config);
        ArgumentOutOfRangeException.ThrowIfLessThan(workers, 1);
        var run = options.RunId.ToString(System.Globalization.CultureInfo.InvariantCulture);
        await using var hooks = new RunHooks(study, config, _time, run, options.Headed);
        return await hooks.AroundAsync(() => RunParticipantsAsync(study, journal, options, workers, run, progress, cancellationToken), cancellationToken);
    }

    private async Task<IReadOnlyList<AttemptRecord>> RunParticipantsAsync(
        Study study, IRunJournal journal, ScriptedRunOptions options, int workers, string run, IProgress<RunProgress>? progress, CancellationToken cancellationToken)
    {
        var roster = ParticipantRoster.Build(study, options);
        var snapshots = new BackdropTaker(journal, study.Capture, config.ActionTimeoutMs, _time);
        var results = roster.Select(_ => new List<AttemptRecord>()).ToArray();
        // Participants wait in a queue, so that one whose browser was lost can go back into it: the run ends when the
        // last participant has, not when the roster was handed out.
        var queue = Channel.CreateUnbounded<Turn>();
        foreach (var (participant, index) in roster.Select((p, i) => (p, i)))
        {
            queue.Writer.TryWrite(new Turn(participant, index, 0));
        }

        var left = roster.Count;
        if (left == 0)
        {
            queue.Writer.TryComplete();
        }

        var done = 0;
        var browsers = BrowserPool.Create(config, Math.Min(workers, Math.Max(1, roster.Count)), headless: options.Headed ? false : null);
        try
        {
            await Parallel.ForEachAsync(
                queue.Reader.ReadAllAsync(cancellationToken),
                new ParallelOptions { MaxDegreeOfParallelism = workers, CancellationToken = cancellationToken },
                async (turn, ct) =>
                {
                    var label = turn.Participant.Label;
                    string? lostIn = null;
                    await using (var lease = await browsers.AcquireAsync(ct))
                    {
                        // Each participant meets the study with ${PARTICIPANT} and ${RUN} expanded for them.
                        var participantRunner = new ParticipantRunner(RunVariables.ForParticipant(study, label, run), journal, config, snapshots, _time);
                        var attempts = await participantRunner.RunAsync(lease.Browser, turn.Participant, task => progress?.Report(new RunProgress(done, roster.Count, label, task)), ct);
                        results[turn.Index].AddRange(attempts);
                        lostIn = lease.Lost ? lease.Browser.Name : null;
                    }

                    if (lostIn is not null && turn.Moves < MaxMoves)
                    {
                        // What it did there is stored (its open attempt as crashed); the tasks it has left go on elsewhere.
                        notices?.Invoke($"{label}: {lostIn} was lost; {label} goes on with the tasks it has left in another browser");
                        queue.Writer.TryWrite(turn with { Moves = turn.Moves + 1 });
                        return;
                    }

                    Interlocked.Increment(ref done);
                    progress?.Report(new RunProgress(done, roster.Count, label, null));
                    if (Interlocked.Decrement(ref left) == 0)
                    {
                        queue.Writer.TryComplete();
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
                await browsers.DisposeAsync();
                await journal.FlushAsync();
            }
        }

        return results.SelectMany(r => r).ToList();
    }

    /// <summary>A participant's turn in the queue, and how often it was moved on after losing its browser.</summary>
    private sealed record Turn(PlannedParticipant Participant, int Index, int Moves);
}
