using System.Diagnostics;
using UsabilityLab.Benchmarks.Harness;
using UsabilityLab.Browser;
using UsabilityLab.Core.Runs;
using UsabilityLab.Core.Sessions;
using UsabilityLab.Core.Studies.Loading;
using UsabilityLab.Recording.Runner;
using UsabilityLab.Storage;

namespace UsabilityLab.Benchmarks.Support;

/// <summary>A scripted run exactly as <c>./lab run</c> records it (ScriptedRunner → RunJournal → SQLite), into a temp database.</summary>
/// <param name="JournalMilliseconds">Time the runner spent waiting on the journal (metadata writes, flushes; not the page archives, saved in the background).</param>
internal sealed record LabRun(string DatabasePath, LabDatabase Database, long RunId, double Milliseconds, int Attempts, int Successes, double JournalMilliseconds)
{
    /// <summary>Records a run. The time covers the run row, every participant (browser launch included) and the final flush;
    /// opening and migrating the database is set-up, as it happens once per database and not per run.</summary>
    public static async Task<LabRun> RecordAsync(BenchContext context, StudyLoadResult source, ScriptedRunOptions options, CancellationToken ct) =>
        await RecordAsync(context, context.Browser, source, options, ct);

    /// <summary>Records a run in the browsers <paramref name="browser"/> names (launched here, or browser servers).</summary>
    public static async Task<LabRun> RecordAsync(BenchContext context, BrowserConfig browser, StudyLoadResult source, ScriptedRunOptions options, CancellationToken ct)
    {
        var study = source.Study!;
        var path = context.Temp.NewFile("lab", ".db");
        var database = await LabDatabase.OpenAsync(path, ct);
        var clock = Stopwatch.StartNew();
        var writer = new RunWriter(database);
        var runId = await CreateRunAsync(database, source, options, ct);
        IReadOnlyList<AttemptRecord> attempts;
        TimedJournal timed;
        await using (var journal = await RunJournal.OpenAsync(database, runId, cancellationToken: ct))
        {
            timed = new TimedJournal(journal);
            attempts = await new ScriptedRunner(browser).RunAsync(study, timed, options, cancellationToken: ct);
        }

        await writer.FinishRunAsync(runId, RunStatus.Completed, ct);
        return new LabRun(path, database, runId, clock.Elapsed.TotalMilliseconds, attempts.Count, attempts.Count(a => a.Outcome == AttemptOutcome.Success), timed.Waited.TotalMilliseconds);
    }

    /// <summary>The run row <c>./lab run</c> creates (study text, tasks, settings).</summary>
    public static Task<long> CreateRunAsync(LabDatabase database, StudyLoadResult source, ScriptedRunOptions options, CancellationToken ct)
    {
        var study = source.Study!;
        return new RunWriter(database).CreateRunAsync(study, source.Text, source.Sha256, null, new RunPlan
        {
            Status = RunStatus.Running,
            Mode = RunMode.Scripted,
            Target = study.Target.ToString(),
            PersonaMode = options.PersonaMode == PersonaMode.Exact ? "exact" : "mixed",
            Seed = options.Seed ?? study.Participants.Seed,
            Workers = options.Workers ?? 1,
            ParticipantsPlanned = options.Participants ?? study.Participants.Count,
            StartedAt = DateTimeOffset.UtcNow,
        }, ct);
    }

    public void Delete()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        TempFolder.DeleteDatabase(DatabasePath);
    }
}
