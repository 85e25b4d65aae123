using System.Security.Cryptography;
using System.Text;
using Microsoft.EntityFrameworkCore;
using UsabilityLab.Core.Import;
using UsabilityLab.Core.Sessions;
using UsabilityLab.Storage.Entities;

namespace UsabilityLab.Storage;

/// <summary>
/// Stores imported results so they analyze exactly like recorded ones: outcomes become a new run of mode
/// Imported (one session per participant); SUS and NPS answers join the study's latest run.
/// </summary>
public sealed class ImportWriter(LabDatabase database)
{
    /// <summary>Writes <paramref name="data"/> for study <paramref name="studyName"/> in one transaction; returns the run id.</summary>
    public async Task<long> WriteAsync(string studyName, ImportKind kind, ImportedData data, string sourceText, CancellationToken ct = default)
    {
        if (!data.IsValid)
        {
            throw new InvalidOperationException("Invalid imports are rejected before they reach the database.");
        }

        await using var db = database.CreateContext();
        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        var run = kind == ImportKind.Outcomes
            ? NewRun(db, studyName, sourceText, data)
            : await db.Runs.Where(r => r.Study!.Name == studyName).OrderByDescending(r => r.Id).FirstOrDefaultAsync(ct) ?? NewRun(db, studyName, sourceText, data);
        await db.SaveChangesAsync(ct);

        var participants = await db.Participants.Where(p => p.RunId == run.Id).Include(p => p.Sessions).ToDictionaryAsync(p => p.Label, StringComparer.Ordinal, ct);
        foreach (var label in data.Attempts.Select(a => a.Participant).Concat(data.Answers.Select(a => a.Participant)).Distinct(StringComparer.Ordinal))
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
        foreach (var attempt in data.Attempts)
        {
            db.TaskAttempts.Add(Row(participants[attempt.Participant].Sessions[0].Id, attempt));
        }

        db.QuestionnaireResponses.AddRange(data.Answers.Select(a => new QuestionnaireResponseRow
        {
            RunId = run.Id,
            ParticipantId = participants[a.Participant].Id,
            Instrument = a.Instrument,
            TaskKey = a.TaskId,
            Item = a.Item,
            Value = a.Value,
        }));
        await db.SaveChangesAsync(ct);
        await transaction.CommitAsync(ct);
        return run.Id;
    }

    private static RunRow NewRun(LabDbContext db, string studyName, string sourceText, ImportedData data)
    {
        var sha = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(sourceText)));
        var study = new StudyRow { Name = studyName, SourceText = "", Sha256 = sha, CreatedAt = DateTimeOffset.UtcNow };
        var run = new RunRow
        {
            Study = study,
            Status = RunStatus.Completed,
            Mode = RunMode.Imported,
            Target = "",
            StartedAt = DateTimeOffset.UtcNow,
            EndedAt = DateTimeOffset.UtcNow,
            ParticipantsPlanned = data.Attempts.Select(a => a.Participant).Concat(data.Answers.Select(a => a.Participant)).Distinct(StringComparer.Ordinal).Count(),
        };
        foreach (var (task, order) in data.Attempts.Select(a => a.TaskId).Distinct(StringComparer.Ordinal).Select((t, i) => (t, i)))
        {
            run.Tasks.Add(new TaskDefinitionRow { TaskKey = task, Order = order, Title = task, Prompt = "" });
        }

        db.Runs.Add(run);
        return run;
    }

    private static TaskAttemptRow Row(long sessionId, AttemptRecord a) => new()
    {
        SessionId = sessionId,
        TaskKey = a.TaskId,
        Outcome = a.Outcome,
        Reason = a.Reason,
        StartMs = 0,
        EndMs = a.TimeSeconds * 1000,
        Clicks = a.Clicks,
        PageVisits = a.PageVisits,
        UniquePages = a.UniquePages,
        OptimalPages = a.OptimalPages,
        Errors = a.Errors,
        Seq = a.Seq,
    };
}
