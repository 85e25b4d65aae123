using UsabilityLab.Core.Sessions;

namespace UsabilityLab.Core.Import;

/// <summary>
/// Reads results logged by hand or by another tool (moderated sessions on paper are common). Every bad row is
/// reported as <c>FILE:LINE:COL: message</c> (<c>FILE:LINE</c> when no single field is to blame); when there is any,
/// nothing is imported.
/// </summary>
public static class ResultsCsv
{
    private static readonly string[] OutcomeColumns = ["participant", "task", "outcome", "time_s"];
    private static readonly string[] OptionalOutcomeColumns = ["clicks", "errors", "seq", "pages", "unique_pages", "optimal_pages"];

    /// <summary>Parses <paramref name="path"/> as <paramref name="kind"/>: a regular file of at most 64 MiB.</summary>
    public static ImportedData Parse(string path, ImportKind kind)
    {
        ArgumentNullException.ThrowIfNull(path);
        var problems = new ImportProblems(path);
        using var file = CsvFile.Open(path, problems);
        var columns = file is null ? null : ReadHeader(file.Header, kind, problems);
        if (file is null || columns is null)
            return new ImportedData([], [], problems.ToList());

        var attempts = new List<AttemptRecord>();
        var answers = new List<QuestionnaireAnswer>();
        var rows = 0;
        foreach (var row in file.Rows())
        {
            rows++;
            var reader = new CsvFieldReader(columns, row, problems);
            switch (kind)
            {
                case ImportKind.Outcomes:
                    ReadOutcome(reader, attempts, answers);
                    break;
                case ImportKind.Sus:
                    var participant = reader.Text("participant");
                    answers.AddRange(Enumerable.Range(1, 10).Select(i => new QuestionnaireAnswer(participant, "sus", null, i, reader.Int($"q{i}", 1, 5) ?? 0)));
                    break;
                default:
                    answers.Add(new QuestionnaireAnswer(reader.Text("participant"), "nps", null, 1, reader.Int("score", 0, 10) ?? 0));
                    break;
            }
        }

        if (rows == 0 && problems.Count == 0)
            problems.Add(2, "no data rows after the header");
        return problems.Count > 0
            ? new ImportedData([], [], problems.ToList())
            : new ImportedData(attempts, answers, []) { SourceSha256 = file.Sha256 };
    }

    /// <summary>Column name → field index, or <c>null</c> when the header has a missing, unknown or repeated column.</summary>
    private static Dictionary<string, int>? ReadHeader(CsvRow header, ImportKind kind, ImportProblems problems)
    {
        string[] required = kind switch
        {
            ImportKind.Outcomes => OutcomeColumns,
            ImportKind.Sus => ["participant", .. Enumerable.Range(1, 10).Select(i => $"q{i}")],
            _ => ["participant", "score"],
        };
        var known = required.Concat(kind == ImportKind.Outcomes ? OptionalOutcomeColumns : []).ToHashSet(StringComparer.Ordinal);
        var columns = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < header.Fields.Length; i++)
        {
            var name = header[i].Trim().ToLowerInvariant();
            if (columns.TryGetValue(name, out var first))
                problems.Add(1, $"column '{name}' appears twice (also field {first + 1}); remove one, or rename it", header.ColumnOf(i));
            else if (!known.Contains(name))
                problems.Add(1, $"unknown column '{name}'; allowed: {string.Join(",", known)}", header.ColumnOf(i));
            columns.TryAdd(name, i);
        }

        foreach (var column in required.Where(c => !columns.ContainsKey(c)))
            problems.Add(1, $"missing column '{column}'; the header must include {string.Join(",", required)}");
        return problems.Count == 0 ? columns : null;
    }

    private static void ReadOutcome(CsvFieldReader reader, List<AttemptRecord> attempts, List<QuestionnaireAnswer> answers)
    {
        var participant = reader.Text("participant");
        var task = reader.Text("task");
        var outcome = reader.Outcome("outcome");
        var seq = reader.OptionalInt("seq", 1, 7);
        var seconds = reader.Seconds("time_s");
        attempts.Add(new AttemptRecord
        {
            Participant = participant,
            TaskId = task,
            Outcome = outcome,
            Reason = "imported",
            TimeSeconds = seconds,
            EndMs = seconds * 1000,
            Clicks = reader.OptionalInt("clicks", 0, 100_000),
            Errors = reader.OptionalInt("errors", 0, 100_000),
            PageVisits = reader.OptionalInt("pages", 0, 100_000),
            UniquePages = reader.OptionalInt("unique_pages", 0, 100_000),
            OptimalPages = reader.OptionalInt("optimal_pages", 1, 100_000),
            Seq = seq,
        });
        if (seq is { } value)
            answers.Add(new QuestionnaireAnswer(participant, "seq", task, 1, value));
    }
}
