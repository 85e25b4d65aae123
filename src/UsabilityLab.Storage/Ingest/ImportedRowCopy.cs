using Npgsql;
using UsabilityLab.Core.Sessions;

namespace UsabilityLab.Storage.Ingest;

/// <summary>
/// Imported attempts and answers by binary COPY, on the connection (and so inside the transaction) of the EF Core
/// context that stored the run, its participants and sessions: the PostgreSQL counterpart of <see cref="ImportedRowWriter"/>.
/// </summary>
internal static class ImportedRowCopy
{
    private const string AttemptSql = """
        COPY "TaskAttempts" ("SessionId", "TaskKey", "Outcome", "Reason", "StartMs", "EndMs", "Clicks", "PageVisits", "UniquePages", "OptimalPages",
            "Errors", "Seq", "Unrestored")
        FROM STDIN (FORMAT BINARY)
        """;

    private const string AnswerSql =
        """COPY "QuestionnaireResponses" ("RunId", "ParticipantId", "Instrument", "TaskKey", "Item", "Value") FROM STDIN (FORMAT BINARY)""";

    /// <summary>Inserts each attempt into the session <paramref name="sessionOf"/> gives for its participant.</summary>
    public static void WriteAttempts(NpgsqlConnection connection, IEnumerable<AttemptRecord> attempts, Func<string, long> sessionOf)
    {
        using var importer = connection.BeginBinaryImport(AttemptSql);
        foreach (var a in attempts)
        {
            importer.StartRow();
            importer.Long(sessionOf(a.Participant));
            importer.Text(a.TaskId);
            importer.Text(a.Outcome.ToString());
            importer.Text(a.Reason);
            importer.Real(0);
            importer.Real(a.TimeSeconds * 1000);
            importer.Integer(a.Clicks);
            importer.Integer(a.PageVisits);
            importer.Integer(a.UniquePages);
            importer.Integer(a.OptimalPages);
            importer.Integer(a.Errors);
            importer.Integer(a.Seq);
            importer.Boolean(false);
        }

        importer.Complete();
    }

    /// <summary>Inserts each answer for run <paramref name="runId"/> and the participant id <paramref name="participantOf"/> gives.</summary>
    public static void WriteAnswers(NpgsqlConnection connection, long runId, IEnumerable<QuestionnaireAnswer> answers, Func<string, long> participantOf)
    {
        using var importer = connection.BeginBinaryImport(AnswerSql);
        foreach (var a in answers)
        {
            importer.StartRow();
            importer.Long(runId);
            importer.Long(participantOf(a.Participant));
            importer.Text(a.Instrument);
            importer.Text(a.TaskId);
            importer.Integer(a.Item);
            importer.Integer(a.Value);
        }

        importer.Complete();
    }
}
