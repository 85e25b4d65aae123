using System.Security.Cryptography;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using UsabilityLab.Core.Errors;
using UsabilityLab.Core.Runs;
using UsabilityLab.Core.Sessions;
using UsabilityLab.Storage.Entities;
using UsabilityLab.Storage.Runs;
using UsabilityLab.Storage.Runs.Merging;

namespace UsabilityLab.Storage.Tests.Runs.Merging;

/// <summary>
/// <c>lab merge OUT.db SHARD.db…</c>: shards of one run key recorded into SQLite files of their own become one run, every
/// row of it with its values (ids moved), as if they had recorded into one database; re-merging adds only what is new;
/// bad input is one line, and a failure leaves OUT.db as it was.
/// </summary>
public sealed class ShardMergerTests : IAsyncDisposable
{
    private static readonly DateTimeOffset Later = new(2026, 12, 7, 9, 5, 0, TimeSpan.Zero);
    private readonly TempDatabase _temp = new();

    public ValueTask DisposeAsync() => _temp.DisposeAsync();

    [Fact]
    public async Task MergeAsync_TwoShardFiles_EveryRowOfTheRunComesAcrossWithItsValues_RunComplete()
    {
        var a = await ShardRecorder.RecordAsync(File("a.db"), new("ci-1", 1, 2) { OtherRunFirst = true });
        var b = await ShardRecorder.RecordAsync(File("b.db"), new("ci-1", 2, 2) { Start = Later });
        var (hashA, hashB) = (Hash(a), Hash(b));

        var summary = await ShardMerger.MergeAsync(File("out.db"), [a, b]);

        Assert.Equal((hashA, hashB), (Hash(a), Hash(b))); // the inputs are read, never written
        Assert.Equal(("ci-1", 2, true, 4, 8), (summary.RunKey, summary.ShardCount, summary.Complete, summary.Participants, summary.Attempts));
        Assert.Equal([1, 2], summary.Added);
        Assert.Equal([a, b], summary.Shards.Select(s => s.Source));
        Assert.Empty(summary.Absent);

        var merged = await RunContent.ReadAsync(await LabDatabase.OpenExistingAsync(File("out.db")), summary.RunId);
        var (ofA, ofB) = (await ContentOfAsync(a, "ci-1"), await ContentOfAsync(b, "ci-1"));
        foreach (var table in merged.Keys.Except([nameof(TaskDefinitionRow), nameof(PageSnapshotRow)]))
        {
            Assert.Equal(ofA[table].Concat(ofB[table]).Order(StringComparer.Ordinal), merged[table]);
        }

        Assert.Equal(4 * 26, merged[nameof(EventRow)].Count); // 25 events in each first attempt and one outside it, 4 participants
        Assert.Equal(ofA[nameof(TaskDefinitionRow)], merged[nameof(TaskDefinitionRow)]); // one set
        // Both shards pictured the home page: the first one's picture is kept; every other page comes across.
        Assert.Equal(ofA[nameof(PageSnapshotRow)].Concat(ofB[nameof(PageSnapshotRow)].Where(p => !p.Contains("PageKey=/ |", StringComparison.Ordinal))).Order(StringComparer.Ordinal), merged[nameof(PageSnapshotRow)]);
        Assert.Equal(5, merged[nameof(PageSnapshotRow)].Count);

        var run = await new RunCatalog(await LabDatabase.OpenExistingAsync(File("out.db"))).ResolveAsync("ci-1");
        Assert.Equal(("completed", "ci-1", "http://127.0.0.1:5001/"), (run.StatusText, (await ListedAsync(File("out.db"))).RunKey, run.Target));
        var data = await new RunReader(await LabDatabase.OpenExistingAsync(File("out.db"))).LoadAsync(summary.RunId);
        Assert.Equal(["P01", "P02", "P03", "P04"], data.Participants.Select(p => p.Label).Order(StringComparer.Ordinal));
        Assert.Equal(4 * 26, data.Events.Count);
    }

    [Fact]
    public async Task MergeAsync_IntoADatabaseWithRunsOfItsOwn_TheirRowsUntouched_IdsMovedPastTheirs_StudyReused()
    {
        var outDb = await LabDatabase.OpenAsync(File("out.db"));
        var own = await TestRuns.CreateAsync(outDb, "sha-of-the-study"); // the same study file as the shards'
        var session = await TestRuns.StartSessionAsync(outDb, own);
        await new RunWriter(outDb).StartAttemptAsync(session, "find", 10);
        var before = await RunContent.ReadAsync(outDb, own);
        var a = await ShardRecorder.RecordAsync(File("a.db"), new("ci-2", 1, 2));
        var b = await ShardRecorder.RecordAsync(File("b.db"), new("ci-2", 2, 2) { OtherRunFirst = true });

        var summary = await ShardMerger.MergeAsync(File("out.db"), [a, b]);

        Assert.Equal(before, await RunContent.ReadAsync(outDb, own));
        Assert.True(summary.RunId > own);
        await using var db = outDb.CreateContext();
        Assert.Equal(1, await db.Studies.CountAsync());
        Assert.True(await db.Sessions.Where(s => s.RunId == summary.RunId).MinAsync(s => s.Id) > session);
        Assert.Equal(4, await db.Participants.CountAsync(p => p.RunId == summary.RunId));
        Assert.Equal(1, await db.Participants.CountAsync(p => p.RunId == own));
    }

    [Fact]
    public async Task MergeAsync_ShardNotAmongTheInputs_RunIncompleteNamingIt()
    {
        var one = await ShardRecorder.RecordAsync(File("1.db"), new("nightly", 1, 3));
        var three = await ShardRecorder.RecordAsync(File("3.db"), new("nightly", 3, 3));

        var summary = await ShardMerger.MergeAsync(File("out.db"), [three, one]);

        Assert.False(summary.Complete);
        Assert.Equal([2], summary.Absent);
        Assert.Equal("shard 2 of 3 not finished", summary.EndReason);
        Assert.Equal([1, 3], summary.Shards.Select(s => s.Index));
        var run = await new RunCatalog(await LabDatabase.OpenExistingAsync(File("out.db"))).ResolveAsync("nightly");
        Assert.Equal("incomplete (shard 2 of 3 not finished)", run.StatusText);
    }

    [Fact]
    public async Task MergeAsync_SameFilesAgain_NothingAdded_OutputUnchanged_TheMissingShardLater_RunComplete()
    {
        var a = await ShardRecorder.RecordAsync(File("a.db"), new("ci-4", 1, 2));
        var b = await ShardRecorder.RecordAsync(File("b.db"), new("ci-4", 2, 2) { Start = Later });
        var first = await ShardMerger.MergeAsync(File("out.db"), [a]);
        SqliteConnection.ClearAllPools();
        var once = await DatabaseDump.OfAsync(File("out.db"));

        var again = await ShardMerger.MergeAsync(File("out.db"), [a]);
        SqliteConnection.ClearAllPools();

        Assert.Equal(once, await DatabaseDump.OfAsync(File("out.db")));
        Assert.Empty(again.Added);
        Assert.Equal((first.RunId, 2, false), (again.RunId, again.Participants, again.Complete));

        var whole = await ShardMerger.MergeAsync(File("out.db"), [a, b]);

        Assert.Equal([2], whole.Added);
        Assert.Equal((first.RunId, true, 4, 8), (whole.RunId, whole.Complete, whole.Participants, whole.Attempts));
        Assert.Equal([null, b], whole.Shards.Select(s => s.Source));
        SqliteConnection.ClearAllPools();
        var twice = await DatabaseDump.OfAsync(File("out.db"));
        Assert.Empty((await ShardMerger.MergeAsync(File("out.db"), [b, a])).Added);
        SqliteConnection.ClearAllPools();
        Assert.Equal(twice, await DatabaseDump.OfAsync(File("out.db")));
    }

    [Fact]
    public async Task MergeAsync_ShardTheOutputHoldsRecordedAnew_RefusedWithOneLine_OutputUnchanged()
    {
        var a = await ShardRecorder.RecordAsync(File("a.db"), new("ci-5", 1, 2));
        var anew = await ShardRecorder.RecordAsync(File("a-again.db"), new("ci-5", 1, 2) { Start = Later });
        await ShardMerger.MergeAsync(File("out.db"), [a]);
        SqliteConnection.ClearAllPools();
        var before = await DatabaseDump.OfAsync(File("out.db"));

        var refused = await Assert.ThrowsAsync<InputException>(() => ShardMerger.MergeAsync(File("out.db"), [anew]));

        Assert.StartsWith($"{anew}: shard 1 of run ci-5 is in {File("out.db")} already (completed, 2 participants, 4 attempts, 52 events) and this one differs", refused.Message, StringComparison.Ordinal);
        SqliteConnection.ClearAllPools();
        Assert.Equal(before, await DatabaseDump.OfAsync(File("out.db")));
    }

    [Theory]
    [InlineData("keys", "b.db: its run key is other, ")]
    [InlineData("study file", "b.db: run k records another version of the study file than in ")]
    [InlineData("shard count", "b.db: run k is split into 3 shards there, into 2 in ")]
    [InlineData("seed", "b.db: run k was recorded with --persona mixed --seed 8 --participants 4 there, with --persona mixed --seed 7 --participants 4 in ")]
    [InlineData("same shard", "b.db: shard 1 of run k is in ")]
    [InlineData("text file", "b.db: not a UsabilityLab database (")]
    [InlineData("another program's database", "b.db: not a UsabilityLab database (none of the lab's tables)")]
    [InlineData("no sharded run", "b.db: no sharded run in it (it was recorded without --shard K/N --run-key KEY)")]
    [InlineData("two keys", "b.db: it holds the sharded runs k, other; choose one with --run-key KEY")]
    [InlineData("missing", "b.db: no such file")]
    [InlineData("output", "out.db: that is ")]
    [InlineData("postgres shard", "postgresql://lab@db.example/lab: shards recorded into PostgreSQL are one run already")]
    public async Task MergeAsync_InputThatCannotJoinTheRun_RefusedWithOneLineNamingTheFile_NoOutputWritten(string problem, string message)
    {
        var a = await ShardRecorder.RecordAsync(File("a.db"), new("k", 1, 2));
        var b = File("b.db");
        var output = File("out.db");
        switch (problem)
        {
            case "keys": await ShardRecorder.RecordAsync(b, new("other", 2, 2)); break;
            case "study file": await ShardRecorder.RecordAsync(b, new("k", 2, 2) { Sha = "sha-of-an-edited-study" }); break;
            case "shard count": await ShardRecorder.RecordAsync(b, new("k", 2, 3) { Labels = ["P02", "P05"] }); break;
            case "seed": await ShardRecorder.RecordAsync(b, new("k", 2, 2) { Seed = 8 }); break;
            case "same shard": await ShardRecorder.RecordAsync(b, new("k", 1, 2) { Start = Later }); break;
            case "text file": await System.IO.File.WriteAllTextAsync(b, "participant,task,outcome\nP1,find,success\n"); break;
            case "another program's database": await CreateForeignDatabaseAsync(b); break;
            case "no sharded run": await TestRuns.CreateAsync(await LabDatabase.OpenAsync(b)); break;
            case "two keys":
                await ShardRecorder.RecordAsync(b, new("k", 2, 2));
                await ShardRecorder.RecordAsync(b, new("other", 1, 1) { Start = Later });
                break;
            case "output": b = output; break;
            case "postgres shard": b = "postgresql://lab@db.example/lab"; break;
        }

        SqliteConnection.ClearAllPools();
        var refused = await Assert.ThrowsAsync<InputException>(() => ShardMerger.MergeAsync(output, [a, b]));

        Assert.StartsWith(problem.StartsWith("postgres", StringComparison.Ordinal) ? message : Path.Combine(_temp.Folder, message), refused.Message, StringComparison.Ordinal);
        Assert.DoesNotContain('\n', refused.Message);
        Assert.False(System.IO.File.Exists(output) && problem != "output", "a refused merge leaves no new OUT.db behind");
    }

    [Fact]
    public async Task MergeAsync_FileWithTwoKeyedRuns_TheRunOfRunKeyTaken()
    {
        var both = File("both.db");
        await ShardRecorder.RecordAsync(both, new("k", 1, 2));
        await ShardRecorder.RecordAsync(both, new("other", 1, 1) { Start = Later });
        var b = await ShardRecorder.RecordAsync(File("b.db"), new("k", 2, 2));

        var summary = await ShardMerger.MergeAsync(File("out.db"), [both, b], runKey: "k");

        Assert.Equal(("k", true, 4), (summary.RunKey, summary.Complete, summary.Participants));
        var notThere = await Assert.ThrowsAsync<InputException>(() => ShardMerger.MergeAsync(File("out2.db"), [b], runKey: "other"));
        Assert.Equal($"{b}: no run of key other in it (it holds k)", notThere.Message);
    }

    [Fact]
    public async Task MergeAsync_PostgresOutput_RefusedWithOneLine()
    {
        var a = await ShardRecorder.RecordAsync(File("a.db"), new("k", 1, 1));

        var refused = await Assert.ThrowsAsync<InputException>(() => ShardMerger.MergeAsync("postgresql://lab@db.example/lab", [a]));

        Assert.Equal("postgresql://lab@db.example/lab: lab merge writes a SQLite file; shards recorded into PostgreSQL are one run already (every shard records into that one database)", refused.Message);
    }

    [Fact]
    public async Task MergeAsync_OutputThatIsNoSqliteFileOrInAFolderThatIsNotThere_RefusedWithOneLine_LeftAlone()
    {
        var a = await ShardRecorder.RecordAsync(File("a.db"), new("k", 1, 1));
        await System.IO.File.WriteAllTextAsync(File("notes.txt"), "keep me");

        var text = await Assert.ThrowsAsync<InputException>(() => ShardMerger.MergeAsync(File("notes.txt"), [a]));
        var nowhere = await Assert.ThrowsAsync<InputException>(() => ShardMerger.MergeAsync(File("missing/out.db"), [a]));

        Assert.Equal($"{File("notes.txt")}: not a SQLite database; merge into another file (OUT.db is created when missing)", text.Message);
        Assert.Equal($"{File("missing/out.db")}: folder {File("missing")} does not exist; create it or merge into another file", nowhere.Message);
        Assert.Equal("keep me", await System.IO.File.ReadAllTextAsync(File("notes.txt")));
    }

    [Fact]
    public async Task MergeAsync_BadInputAfterGoodOnes_OutputWithOtherRunsLeftAsItWas()
    {
        var outDb = await LabDatabase.OpenAsync(File("out.db"));
        await TestRuns.StartSessionAsync(outDb, await TestRuns.CreateAsync(outDb));
        var a = await ShardRecorder.RecordAsync(File("a.db"), new("ci-7", 1, 3));
        var c = await ShardRecorder.RecordAsync(File("c.db"), new("ci-7", 3, 3));
        await CreateForeignDatabaseAsync(File("b.db"));
        SqliteConnection.ClearAllPools();
        var before = await DatabaseDump.OfAsync(File("out.db"));

        await Assert.ThrowsAsync<InputException>(() => ShardMerger.MergeAsync(File("out.db"), [a, File("b.db"), c]));

        SqliteConnection.ClearAllPools();
        Assert.Equal(before, await DatabaseDump.OfAsync(File("out.db")));
    }

    [Fact]
    public async Task MergeAsync_FailureInsideTheWriteTransaction_RolledBack_OutputAsItWasOrNotThere()
    {
        // P03 in both shards: found only once the run is added in OUT's transaction, which then rolls back.
        var a = await ShardRecorder.RecordAsync(File("a.db"), new("ci-8", 1, 2) { Labels = ["P01", "P03"] });
        var b = await ShardRecorder.RecordAsync(File("b.db"), new("ci-8", 2, 2) { Labels = ["P02", "P03"] });
        var outDb = await LabDatabase.OpenAsync(File("out.db"));
        await TestRuns.StartSessionAsync(outDb, await TestRuns.CreateAsync(outDb));
        SqliteConnection.ClearAllPools();
        var before = await DatabaseDump.OfAsync(File("out.db"));

        var refused = await Assert.ThrowsAsync<InputException>(() => ShardMerger.MergeAsync(File("out.db"), [a, b]));
        var fresh = await Assert.ThrowsAsync<InputException>(() => ShardMerger.MergeAsync(File("new.db"), [a, b]));

        Assert.StartsWith("participant P03 is recorded in more than one of the shards merged", refused.Message, StringComparison.Ordinal);
        Assert.Equal(refused.Message.Replace(File("out.db"), File("new.db"), StringComparison.Ordinal), fresh.Message);
        SqliteConnection.ClearAllPools();
        Assert.Equal(before, await DatabaseDump.OfAsync(File("out.db")));
        Assert.Empty(Directory.GetFiles(_temp.Folder, "new.db*"));
    }

    [Fact]
    public async Task MergeAsync_ShardStillRecordingInItsFile_EndedAsItsProcessWas_RunIncomplete_SameFileAgainAddsNothing()
    {
        var a = await ShardRecorder.RecordAsync(File("a.db"), new("ci-9", 1, 2));
        var killed = await ShardRecorder.RecordAsync(File("b.db"), new("ci-9", 2, 2) { Finish = null });

        var summary = await ShardMerger.MergeAsync(File("out.db"), [a, killed]);

        Assert.Equal(new MergedShard(2, RunStatus.Interrupted, RunStatusText.ProcessGone, killed), summary.Shards[1]);
        Assert.Equal(("shard 2 of 2 not finished", false), (summary.EndReason, summary.Complete));
        var outDb = await LabDatabase.OpenExistingAsync(File("out.db"));
        await using (var db = outDb.CreateContext())
        {
            var session = await db.Sessions.SingleAsync(s => s.RunId == summary.RunId && s.Participant!.Label == "P04");
            Assert.Equal((SessionStatus.Interrupted, RunStatusText.ProcessGone), (session.Status, session.EndReason));
            var open = await db.TaskAttempts.SingleAsync(t => t.SessionId == session.Id && t.TaskKey == "buy");
            Assert.StartsWith(RunStatusText.ProcessGone, open.Reason, StringComparison.Ordinal);
            Assert.Null((await db.RunShards.SingleAsync(s => s.RunId == summary.RunId && s.Shard == 2)).LeaseOwner);
        }

        Assert.Empty((await ShardMerger.MergeAsync(File("out.db"), [killed])).Added);

        // The shard is run again into the merged file: it takes the interrupted shard over, and its end completes the run.
        var runs = new ShardedRuns(outDb);
        var plan = new RunPlan { Status = RunStatus.Running, Mode = RunMode.Scripted, Target = "http://127.0.0.1:5002/", PersonaMode = "mixed", Seed = 7, Workers = 2, ParticipantsPlanned = 4, StartedAt = Later };
        var (again, lease) = await runs.JoinAsync(TestRuns.Study, "name: Storage study", "sha-of-the-study", null, plan, "ci-9", new Shard(2, 2));
        await using (lease)
        {
            await runs.FinishAsync(again, new Shard(2, 2), RunStatus.Completed);
        }

        Assert.Equal((summary.RunId, "completed"), (again, (await new RunCatalog(outDb).ResolveAsync("ci-9")).StatusText));
    }

    [Fact]
    public async Task MergeAsync_InputsWithAndWithoutAWriteAheadLog_RowsOfTheLogRead_NoFileLeftBeside()
    {
        var a = await ShardRecorder.RecordAsync(File("a.db"), new("ci-10", 1, 2));
        var b = await ShardRecorder.RecordAsync(File("b.db"), new("ci-10", 2, 2));
        // b's process is killed with a change still in its log: the CI artifact is the file and its log, as they were.
        await using (var writer = new SqliteConnection($"Data Source={b};Pooling=False"))
        {
            await writer.OpenAsync();
            await using var change = writer.CreateCommand();
            change.CommandText = "PRAGMA wal_autocheckpoint=0; UPDATE Participants SET Persona = 'from the log' WHERE Label = 'P02';";
            await change.ExecuteNonQueryAsync();
            System.IO.File.Copy(b, File("killed.db"));
            System.IO.File.Copy(b + "-wal", File("killed.db-wal"));
        }

        var summary = await ShardMerger.MergeAsync(File("out.db"), [a, File("killed.db")]);

        Assert.True(summary.Complete);
        await using var db = (await LabDatabase.OpenExistingAsync(File("out.db"))).CreateContext();
        Assert.Equal("from the log", (await db.Participants.SingleAsync(p => p.Label == "P02")).Persona);
        Assert.Equal(["a.db", "b.db", "killed.db", "killed.db-shm", "killed.db-wal"], Directory.GetFiles(_temp.Folder).Select(Path.GetFileName).Where(f => !f!.StartsWith("out.db", StringComparison.Ordinal)).Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task MergeAsync_MoreShardFilesThanSqliteAttachesAtOnce_EveryShardMerged()
    {
        var shards = new List<string>();
        for (var k = 1; k <= 12; k++)
        {
            shards.Add(await ShardRecorder.RecordAsync(File($"shard-{k}.db"), new("wide", k, 12) { EventsPerAttempt = 2, Start = Later.AddMinutes(k) }));
        }

        var summary = await ShardMerger.MergeAsync(File("out.db"), shards);

        Assert.Equal((true, 24, 48), (summary.Complete, summary.Participants, summary.Attempts));
        Assert.Equal(Enumerable.Range(1, 12), summary.Added);
    }

    private string File(string name) => Path.Combine(_temp.Folder, name);

    private static string Hash(string path) => Convert.ToHexString(SHA256.HashData(System.IO.File.ReadAllBytes(path)));

    private static async Task<SortedDictionary<string, List<string>>> ContentOfAsync(string path, string key)
    {
        var database = await LabDatabase.OpenExistingAsync(path);
        return await RunContent.ReadAsync(database, (await new RunCatalog(database).ResolveAsync(key)).Id);
    }

    private static async Task<RunListing> ListedAsync(string path) => Assert.Single(await new RunCatalog(await LabDatabase.OpenExistingAsync(path)).ListAsync(null, 10));

    private static async Task CreateForeignDatabaseAsync(string path)
    {
        await using var connection = new SqliteConnection($"Data Source={path};Pooling=False");
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = "CREATE TABLE notes (id INTEGER PRIMARY KEY, text TEXT); INSERT INTO notes (text) VALUES ('not a lab');";
        await command.ExecuteNonQueryAsync();
    }
}
