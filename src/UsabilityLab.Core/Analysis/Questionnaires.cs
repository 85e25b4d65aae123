using UsabilityLab.Core.Metrics;
using UsabilityLab.Core.Sessions;

namespace UsabilityLab.Core.Analysis;

/// <summary>Groups questionnaire answers into SUS sheets and NPS ratings.</summary>
internal static class Questionnaires
{
    public static IEnumerable<QuestionnaireAnswer> Of(IReadOnlyList<QuestionnaireAnswer> answers, string instrument) =>
        answers.Where(a => string.Equals(a.Instrument, instrument, StringComparison.OrdinalIgnoreCase));

    /// <summary>
    /// The SUS score of every complete sheet by participant (ordinal order), and how many sheets were incomplete. A
    /// sheet missing an item is skipped and counted, not guessed: SUS is only defined over all ten items. If an item
    /// was answered twice, the later answer wins (a corrected answer).
    /// </summary>
    public static (List<ParticipantScore> Scores, int Incomplete) SusScores(IReadOnlyList<QuestionnaireAnswer> answers)
    {
        var scores = new List<ParticipantScore>();
        var incomplete = 0;
        foreach (var sheet in Of(answers, "sus").GroupBy(a => a.Participant, StringComparer.Ordinal).OrderBy(g => g.Key, StringComparer.Ordinal))
        {
            var items = new Dictionary<int, int>();
            foreach (var a in sheet)
            {
                items[a.Item] = a.Value is >= 1 and <= 5
                    ? a.Value
                    : throw new ArgumentException($"SUS item {a.Item} of participant {a.Participant} must be 1–5, got {a.Value}.", nameof(answers));
            }

            if (Enumerable.Range(1, 10).All(items.ContainsKey))
            {
                scores.Add(new ParticipantScore(sheet.Key, Metrics.Sus.Score(Enumerable.Range(1, 10).Select(i => items[i]).ToArray())));
            }
            else
            {
                incomplete++;
            }
        }

        return (scores, incomplete);
    }

    /// <summary>NPS over each participant's (last) item-1 answer.</summary>
    public static NpsResult? Nps(IReadOnlyList<QuestionnaireAnswer> answers)
    {
        var ratings = Of(answers, "nps")
            .Where(a => a.Item == 1)
            .GroupBy(a => a.Participant, StringComparer.Ordinal)
            .Select(g => g.Last())
            .Select(a => a.Value is >= 0 and <= 10
                ? a.Value
                : throw new ArgumentException($"NPS answer of participant {a.Participant} must be 0–10, got {a.Value}.", nameof(answers)))
            .ToArray();
        return ratings.Length > 0 ? Metrics.Nps.Compute(ratings) : null;
    }
}
