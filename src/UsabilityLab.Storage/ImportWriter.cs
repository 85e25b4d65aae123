using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using UsabilityLab.Core.Import;
using UsabilityLab.Storage.Entities;
using UsabilityLab.Storage.Ingest;

namespace UsabilityLab.Storage;

/// <summary>
/// Stores imported results so they analyze exactly like recorded ones: outcomes become a new run of mode
/// Imported (one session per participant); SUS and NPS answers join the study's latest run. The run, study,
/// participants and sessions go through EF Core; the attempts and answers, which are the bulk, through prepared
/// inserts (<see cref="ImportedRowWriter"/>), all in one transaction, so a failure leaves nothing behind.
/// </summary>
public sealed class ImportWriter(LabDatabase database)
{
    /// <summary>Writes <paramref name="data"/> for study <paramref name="studyName"/> in one transaction; returns the run id.</summary>
    public async Task<long> WriteAsync(string studyName, ImportKind kind, ImportedData data, CancellationToken ct = default)
    {
        if (!data.IsValid)
        {
            throw new InvalidOperationException("Invalid imports are rejected before they reach the database.");
        }

        await using var db = database.CreateContext();
        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        var run = kind == ImportKind.Outcomes
            ? NewRun(db, studyName, data)
            : await db.Runs.Where(r => r.Study!.Name == studyName).OrderByDescending(r => r.Id).FirstOrDefaultAsync(ct) ?? NewRun(db, studyName, data);
        await db.SaveChangesAsync(ct);

        var participants = await db.Participants.Where(p => p.RunId == run.Id).Include(p => p.Sessions).ToDictionaryAsync(p => p.Label, StringComparer.Ordinal, ct);
        foreach (var label in Labels(data))
        {
            if (!participants.ContainsKey(label))
            {
                var participant = new ParticipantRow { RunId = run.Id, Label = label, Persona = "imported" };
                participant.Sessions.Add(new SessionRow { RunId = run.Id, Status = SessionStatus.Completed, StartedAt = DateTimeOffset.UtcNow, EndedAt = DateTimeOffset.UtcNow, EndReason = "imported" });
                db.Participants.Add(participant);
                participants[label] = participant;
            }
        }

        await db.SaveChangesAsync(ct);
        var connection = (SqliteConnection)db.Database.GetDbConnection();
        ImportedRowWriter.WriteAttempts(connection, data.Attempts, label => participants[label].Sessions[0].Id);
        ImportedRowWriter.WriteAnswers(connection, run.Id, data.Answers, label => participants[label].Id);
        await transaction.CommitAsync(ct);
        return run.Id;
    }

    private static IEnumerable<string> Labels(ImportedData data) =>
        data.Attempts.Select(a => a.Participant).Concat(data.Answers.Select(a => a.Participant)).Distinct(StringComparer.Ordinal);

    private static RunRow NewRun(LabDbContext db, string studyName, ImportedData data)
    {
        var study = new StudyRow { Name = studyName, SourceText = "", Sha256 = data.SourceSha256, CreatedAt = DateTimeOffset.UtcNow };
        var run = new RunRow
        {
            Study = study,
            Status = RunStatus.Completed,
            Mode = RunMode.Imported,
            Target = "",
            StartedAt = DateTimeOffset.UtcNow,
            EndedAt = DateTimeOffset.UtcNow,
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
