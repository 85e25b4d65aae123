using System.Globalization;
using UsabilityLab.Core.Sessions;

namespace UsabilityLab.Core.Import;

/// <summary>
/// Reads results logged by hand or by another tool (moderated sessions on paper are common). Every bad row is
/// reported as <c>FILE:LINE: message</c>; when there is any, nothing is imported.
/// </summary>
public static class ResultsCsv
{
    private static readonly string[] OutcomeColumns = ["participant", "task", "outcome", "time_s"];
    private static readonly string[] OptionalOutcomeColumns = ["clicks", "errors", "seq", "pages", "unique_pages", "optimal_pages"];

    /// <summary>Parses <paramref name="path"/> as <paramref name="kind"/>.</summary>
    public static ImportedData Parse(string path, ImportKind kind)
    {
        var (table, problems) = CsvTable.Read(path);
        if (table is null)
        {
            return new ImportedData([], [], problems);
        }

        var required = kind switch
        {
            ImportKind.Outcomes => OutcomeColumns,
            ImportKind.Sus => ["participant", .. Enumerable.Range(1, 10).Select(i => $"q{i}")],
            _ => ["participant", "score"],
        };
        var known = required.Concat(kind == ImportKind.Outcomes ? OptionalOutcomeColumns : []).ToHashSet(StringComparer.Ordinal);
        var headerProblems = required.Where(c => table.IndexOf(c) < 0).Select(c => new ImportDiagnostic(path, 1, $"missing column '{c}'; the header must include {string.Join(",", required)}"))
            .Concat(table.Columns.Where(c => !known.Contains(c)).Select(c => new ImportDiagnostic(path, 1, $"unknown column '{c}'; allowed: {string.Join(",", known)}")))
            .ToList();
        if (headerProblems.Count > 0)
        {
            return new ImportedData([], [], headerProblems);
        }

        var errors = new List<ImportDiagnostic>();
        var attempts = new List<AttemptRecord>();
        var answers = new List<QuestionnaireAnswer>();
        foreach (var row in table.Rows)
        {
            var reader = new RowReader(table, row, errors);
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

        if (table.Rows.Count == 0)
        {
            errors.Add(new ImportDiagnostic(path, 2, "no data rows after the header"));
        }

        return errors.Count > 0 ? new ImportedData([], [], errors) : new ImportedData(attempts, answers, []);
    }

    private static void ReadOutcome(RowReader reader, List<AttemptRecord> attempts, List<QuestionnaireAnswer> answers)
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
        {
            answers.Add(new QuestionnaireAnswer(participant, "seq", task, 1, value));
        }
    }

    /// <summary>Typed field access that records a problem per bad field instead of throwing.</summary>
    private sealed class RowReader(CsvTable table, CsvRow row, List<ImportDiagnostic> errors)
    {
        public string Text(string column)
        {
            var value = row[table.IndexOf(column)];
            if (value.Length == 0)
            {
                Fail($"'{column}' is empty");
            }

            return value;
        }

        public AttemptOutcome Outcome(string column)
        {
            var value = row[table.IndexOf(column)].ToLowerInvariant();
            return value switch
            {
                "success" => AttemptOutcome.Success,
                "failed" => AttemptOutcome.Failed,
                "abandoned" => AttemptOutcome.Abandoned,
                "error" => AttemptOutcome.Error,
                _ => Fail<AttemptOutcome>($"outcome '{value}' is not one of success, failed, abandoned, error"),
            };
        }

        public double Seconds(string column)
        {
            var value = row[table.IndexOf(column)];
            return double.TryParse(value, NumberStyles.Float, CultureInfo.InvariantCulture, out var seconds) && seconds >= 0 && double.IsFinite(seconds)
                ? seconds
                : Fail<double>($"{column} '{value}' is not a number of seconds ≥ 0 (use a dot for decimals)");
        }

        public int? Int(string column, int min, int max)
        {
            var value = row[table.IndexOf(column)];
            return int.TryParse(value, NumberStyles.Integer, CultureInfo.InvariantCulture, out var number) && number >= min && number <= max
                ? number
                : Fail<int?>($"{column} '{value}' must be a whole number {min}–{max}");
        }

        public int? OptionalInt(string column, int min, int max) =>
            table.IndexOf(column) < 0 || row[table.IndexOf(column)].Length == 0 ? null : Int(column, min, max);

        private void Fail(string message) => errors.Add(new ImportDiagnostic(table.File, row.Line, message));

        private T Fail<T>(string message)
        {
            Fail(message);
            return default!;
        }
    }
}
