using UsabilityLab.Core.Import;
using UsabilityLab.Core.Runs;
using UsabilityLab.Core.Sessions;
using UsabilityLab.Storage.Entities;
using UsabilityLab.Storage;

namespace UsabilityLab.Benchmarks.Support;

/// <summary>
/// The yardstick for CSV import: the same rows stored the plain EF Core way, as the importer did before prepared
/// inserts: one tracked entity per run, participant, session, attempt and answer, AddRange, one SaveChanges in a
/// transaction (EF Core's SQLite provider then sends one INSERT per row).
/// </summary>
internal static class EfCoreImport
{
    public static async Task WriteAsync(LabDatabase database, string studyName, ImportedData data, CancellationToken ct)
    {
        await using var db = database.CreateContext();
        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        var run = new RunRow
        {
            Study = new StudyRow { Name = studyName, SourceText = "", Sha256 = data.SourceSha256, CreatedAt = DateTimeOffset.UtcNow },
            Status = RunStatus.Completed,
            Mode = RunMode.Imported,
            Target = "",
            StartedAt = DateTimeOffset.UtcNow,
        };
        db.Runs.Add(run);
        await db.SaveChangesAsync(ct);
        var participants = data.Attempts.Select(a => a.Participant).Distinct(StringComparer.Ordinal).ToDictionary(label => label, label =>
        {
            var participant = new ParticipantRow { RunId = run.Id, Label = label, Persona = "imported" };
            participant.Sessions.Add(new SessionRow { RunId = run.Id, Status = SessionStatus.Completed, StartedAt = DateTimeOffset.UtcNow, EndReason = "imported" });
            return participant;
        }, StringComparer.Ordinal);
        db.Participants.AddRange(participants.Values);
        await db.SaveChangesAsync(ct);
        db.TaskAttempts.AddRange(data.Attempts.Select(a => new TaskAttemptRow
        {
            SessionId = participants[a.Participant].Sessions[0].Id, TaskKey = a.TaskId, Outcome = a.Outcome, Reason = a.Reason, EndMs = a.TimeSeconds * 1000,
            Clicks = a.Clicks, PageVisits = a.PageVisits, UniquePages = a.UniquePages, OptimalPages = a.OptimalPages, Errors = a.Errors, Seq = a.Seq,
        }));
        db.QuestionnaireResponses.AddRange(data.Answers.Select(a => new QuestionnaireResponseRow
        {
            RunId = run.Id, ParticipantId = participants[a.Participant].Id, Instrument = a.Instrument, TaskKey = a.TaskId, Item = a.Item, Value = a.Value,
        }));
        await db.SaveChangesAsync(ct);
        await transaction.CommitAsync(ct);
    }
}
