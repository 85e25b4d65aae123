using Microsoft.Data.Sqlite;
using UsabilityLab.Core.Sessions;

namespace UsabilityLab.Storage.Ingest;

/// <summary>
/// Writes imported attempts and answers with one prepared INSERT each, on the connection (and so inside the
/// transaction) of the EF Core context that stored the run, its participants and sessions. Stored exactly as EF Core
/// stores them (outcomes by name). EF Core's SQLite provider sends one tracked INSERT per row instead, which made
/// 100,000 imported rows take 44 s.
/// </summary>
internal static class ImportedRowWriter
{
    private const string AttemptSql =
        "INSERT INTO TaskAttempts (SessionId, TaskKey, Outcome, Reason, StartMs, EndMs, Clicks, PageVisits, UniquePages, OptimalPages, Errors, Seq) " +
        "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";

    private const string AnswerSql =
        "INSERT INTO QuestionnaireResponses (RunId, ParticipantId, Instrument, TaskKey, Item, Value) VALUES (?, ?, ?, ?, ?, ?)";

    private static readonly Dictionary<AttemptOutcome, string> OutcomeNames = Enum.GetValues<AttemptOutcome>().ToDictionary(o => o, o => o.ToString());

    /// <summary>Inserts each attempt into the session <paramref name="sessionOf"/> gives for its participant.</summary>
    public static void WriteAttempts(SqliteConnection connection, IEnumerable<AttemptRecord> attempts, Func<string, long> sessionOf)
    {
        using var statement = SqliteStatements.Prepare(connection, AttemptSql);
        var values = new StatementValues(connection, statement);
        foreach (var a in attempts)
        {
            values.Integer(sessionOf(a.Participant)).Text(a.TaskId).Text(OutcomeNames[a.Outcome]).Text(a.Reason).Real(0).Real(a.TimeSeconds * 1000)
                .Integer(a.Clicks).Integer(a.PageVisits).Integer(a.UniquePages).Integer(a.OptimalPages).Integer(a.Errors).Integer(a.Seq)
                .Run();
        }
    }

    /// <summary>Inserts each answer for run <paramref name="runId"/> and the participant id <paramref name="participantOf"/> gives.</summary>
    public static void WriteAnswers(SqliteConnection connection, long runId, IEnumerable<QuestionnaireAnswer> answers, Func<string, long> participantOf)
    {
        using var statement = SqliteStatements.Prepare(connection, AnswerSql);
        var values = new StatementValues(connection, statement);
        foreach (var a in answers)
        {
            values.Integer(runId).Integer(participantOf(a.Participant)).Text(a.Instrument).Text(a.TaskId).Integer(a.Item).Integer(a.Value).Run();
        }
    }
}
