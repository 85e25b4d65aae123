namespace UsabilityLab.Recording.Moderation;

/// <summary>The standard wording of the questionnaires the panel asks (SEQ, SUS, NPS).</summary>
internal static class Questionnaire
{
    /// <summary>Single Ease Question (Sauro &amp; Dumas, 2009), 1–7.</summary>
    public static QuestionItem Seq { get; } = new("seq", 1, 1, "Overall, how difficult or easy was the task to complete?", 1, 7, "Very difficult", "Very easy");

    /// <summary>The ten SUS statements (Brooke, 1996), with "system" read as "website", each 1–5.</summary>
    public static IReadOnlyList<QuestionItem> Sus { get; } =
    [
        .. new[]
        {
            "I think that I would like to use this website frequently.",
            "I found the website unnecessarily complex.",
            "I thought the website was easy to use.",
            "I think that I would need the support of a technical person to be able to use this website.",
            "I found the various functions in this website were well integrated.",
            "I thought there was too much inconsistency in this website.",
            "I would imagine that most people would learn to use this website very quickly.",
            "I found the website very cumbersome to use.",
            "I felt very confident using the website.",
            "I needed to learn a lot of things before I could get going with this website.",
        }.Select((text, i) => new QuestionItem("sus", i + 1, 10, text, 1, 5, "Strongly disagree", "Strongly agree")),
    ];

    /// <summary>Net Promoter Score question (Reichheld, 2003), 0–10.</summary>
    public static QuestionItem Nps { get; } = new("nps", 1, 1, "How likely is it that you would recommend this website to a friend or colleague?", 0, 10, "Not at all likely", "Extremely likely");

    /// <summary>The after-study items in the study's order (<c>sus</c>, <c>nps</c>).</summary>
    public static IReadOnlyList<QuestionItem> AfterStudy(IReadOnlyList<string> instruments) =>
        instruments.SelectMany(i => i switch
        {
            "sus" => Sus,
            "nps" => [Nps],
            _ => Array.Empty<QuestionItem>(),
        }).ToList();

    /// <summary>The panel's phase while <paramref name="item"/> is asked.</summary>
    public static ModerationPhase PhaseOf(QuestionItem item) => item.Instrument switch
    {
        "seq" => ModerationPhase.Seq,
        "sus" => ModerationPhase.Sus,
        "nps" => ModerationPhase.Nps,
        _ => throw new ArgumentOutOfRangeException(nameof(item), item.Instrument, "not a questionnaire the panel asks"),
    };
}
