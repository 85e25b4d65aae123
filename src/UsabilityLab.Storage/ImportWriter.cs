using Microsoft.EntityFrameworkCore;
using UsabilityLab.Core.Import;
using UsabilityLab.Core.Runs;
using UsabilityLab.Core.Sessions;
using UsabilityLab.Storage.Entities;

namespace UsabilityLab.Storage;

/// <summary>
/// Stores imported results so they analyze exactly like recorded ones: outcomes become a new run of mode
/// Imported (one session per participant); SUS and NPS answers join the study's latest run. The run, study,
/// participants and sessions go through EF Core (the participants as two set-based statements); the attempts and
/// answers, which are the bulk, through the store's bulk path (prepared inserts on SQLite, COPY on PostgreSQL); all in
/// one transaction, so a failure leaves nothing behind.
/// </summary>
/// <param name="database">The database written to.</param>
/// <param name="time">The clock an import's time is read from (the new run's start and end, its sessions', its
/// study's creation); <see cref="TimeProvider.System"/> when null.</param>
public sealed class ImportWriter(LabDatabase database, TimeProvider? time = null)
{
    private readonly TimeProvider _time = time ?? TimeProvider.System;

    /// <summary>Writes <paramref name="data"/> for study <paramref name="studyName"/> in one transaction; returns the run id.</summary>
    public async Task<long> WriteAsync(string studyName, ImportKind kind, ImportedData data, CancellationToken ct = default)
    {
        if (!data.IsValid)
        {
            throw new InvalidOperationException("Invalid imports are rejected before they reach the database.");
        }

        // One moment for everything this import creates: its run, study and sessions start and end together.
        var now = _time.GetUtcNow();
        await using var db = database.CreateContext();
        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        var run = kind == ImportKind.Outcomes
            ? NewRun(db, studyName, data, now)
            : await db.Runs.Where(r => r.Study!.Name == studyName).OrderByDescending(r => r.Id).FirstOrDefaultAsync(ct) ?? NewRun(db, studyName, data, now);
        await db.SaveChangesAsync(ct);

        var known = await db.Participants.Where(p => p.RunId == run.Id).Select(p => p.Label).ToListAsync(ct);
        var added = Labels(data).Except(known, StringComparer.Ordinal).ToList();
        if (added.Count > 0)
        {
            // Set-based: tracked one by one, EF Core took 3 s for the 10,000 participants of a 100,000-row import.
            await database.Provider.AddImportedParticipantsAsync(db, run.Id, added, now, ct);
        }

        var participants = await db.Participants.Where(p => p.RunId == run.Id)
            .Select(p => new { p.Label, p.Id, SessionId = p.Sessions.OrderBy(s => s.Id).Select(s => s.Id).FirstOrDefault() })
            .ToDictionaryAsync(p => p.Label, StringComparer.Ordinal, ct);

        await database.Provider.WriteImportedRowsAsync(db, run.Id, data.Attempts, data.Answers, label => participants[label].SessionId, label => participants[label].Id, ct);
        await transaction.CommitAsync(ct);
        return run.Id;
    }

    private static IEnumerable<string> Labels(ImportedData data) =>
        data.Attempts.Select(a => a.Participant).Concat(data.Answers.Select(a => a.Participant)).Distinct(StringComparer.Ordinal);

    private static RunRow NewRun(LabDbContext db, string studyName, ImportedData data, DateTimeOffset now)
    {
        var study = new StudyRow { Name = studyName, SourceText = "", Sha256 = data.SourceSha256, CreatedAt = now };
        var run = new RunRow
        {
            Study = study,
            Status = RunStatus.Completed,
            Mode = RunMode.Imported,
            Target = "",
            StartedAt = now,
            EndedAt = now,
            ParticipantsPlanned = Labels(data).Count(),
        };
        foreach (var (task, order) in data.Attempts.Select(a => a.TaskId).Distinct(StringComparer.Ordinal).Select((t, i) => (t, i)))
        {
            run.Tasks.Add(new TaskDefinitionRow { TaskKey = task, Order = order, Title = task, Prompt = "" });
        }

        db.Runs.Add(run);
        return run;
    }
}
