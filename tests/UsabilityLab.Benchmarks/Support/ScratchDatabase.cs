using UsabilityLab.Core.Runs;
using UsabilityLab.Storage.Entities;
using UsabilityLab.Storage;

namespace UsabilityLab.Benchmarks.Support;

/// <summary>A fresh, migrated lab database (SQLite or PostgreSQL) with one run, participant and session to hang events on.</summary>
internal sealed record ScratchDatabase(ScratchStore Store, LabDatabase Database, long RunId, long SessionId)
{
    public static async Task<ScratchDatabase> CreateAsync(TempFolder temp, string stem, StoreKind kind = StoreKind.Sqlite)
    {
        var store = await ScratchStore.NewAsync(temp, kind, stem);
        var database = await LabDatabase.OpenAsync(store.Address);
        await using var db = database.CreateContext();
        var study = new StudyRow { Name = "bench", SourceText = "", Sha256 = stem, CreatedAt = DateTimeOffset.UtcNow };
        var run = new RunRow { Study = study, Target = "http://bench.invalid/", Mode = RunMode.Scripted, StartedAt = DateTimeOffset.UtcNow };
        var participant = new ParticipantRow { Label = "P01", Persona = "exact" };
        run.Participants.Add(participant);
        db.Runs.Add(run);
        await db.SaveChangesAsync();
        var session = new SessionRow { RunId = run.Id, ParticipantId = participant.Id, StartedAt = DateTimeOffset.UtcNow, ViewportWidth = 1280, ViewportHeight = 800 };
        db.Sessions.Add(session);
        await db.SaveChangesAsync();
        return new ScratchDatabase(store, database, run.Id, session.Id);
    }

    public Task DeleteAsync() => Store.DeleteAsync();
}
