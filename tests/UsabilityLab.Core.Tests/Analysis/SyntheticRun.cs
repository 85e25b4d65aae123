using UsabilityLab.Core.Events;
using UsabilityLab.Core.Sessions;
using UsabilityLab.Core.Studies;
using UsabilityLab.Core.Tests.Signals;

namespace UsabilityLab.Core.Tests.Analysis;

/// <summary>
/// A small but realistic run: 4 participants × 2 tasks, with recorded events for P1–P3 and imported counts for P4.
/// Expected values are worked out by hand in <see cref="RunAnalyzerTests"/>.
/// </summary>
internal static class SyntheticRun
{
    public const string Checkout = "http://shop.test/checkout";
    public const string Done = "http://shop.test/done";

    public static Study Study { get; } = new(
        "Shop study",
        new Uri("http://shop.test/"),
        null,
        ParticipantPlan.Default,
        new QuestionnairePlan("seq", ["sus", "nps"]),
        [
            new StudyTask("find-shoes", "Find shoes", "Buy running shoes", "/", TimeSpan.FromMinutes(2), [new UrlCriterion("/shoes*")],
                ["/", "/shoes"], [new ClickStep("a.shoes"), new ClickStep("#buy")]),
            new StudyTask("checkout", "Check out", "Pay for your cart", "/cart", TimeSpan.FromMinutes(2), [new UrlCriterion("/done")],
                [], [new ClickStep("#checkout"), new FillStep("#card", "4242"), new ClickStep("#agree"), new ClickStep("#pay")]),
        ],
        [],
        CapturePolicy.Default);

    public static AttemptRecord[] Attempts { get; } =
    [
        Attempt(1, "P1", "find-shoes", AttemptOutcome.Success, 20),
        Attempt(2, "P2", "find-shoes", AttemptOutcome.Success, 45),
        Attempt(3, "P3", "find-shoes", AttemptOutcome.Failed, 120),
        Attempt(4, "P4", "find-shoes", AttemptOutcome.Abandoned, 60) with { Clicks = 4, PageVisits = 3, UniquePages = 2, Errors = 2, Seq = 3 },
        Attempt(5, "P4", "find-shoes", AttemptOutcome.Interrupted, 15),
        Attempt(11, "P1", "checkout", AttemptOutcome.Success, 30),
        Attempt(12, "P2", "checkout", AttemptOutcome.Success, 50),
        Attempt(13, "P3", "checkout", AttemptOutcome.Error, 10),
    ];

    public static RecordedEvent[] Events { get; } =
    [
        // P1, session 1: the golden path twice.
        .. S(1, 1,
            Ev.Nav(0, Ev.Home), Ev.Click(2000, selector: "a.shoes"), Ev.Nav(2100, Ev.Shoes),
            Ev.Click(5000, url: Ev.Shoes, selector: "#buy"), Ev.Of(EventKind.Mutation, 5100, Ev.Shoes)),
        .. S(1, 11,
            Ev.Nav(21_000, Ev.Cart), Ev.Click(23_000, url: Ev.Cart, selector: "#checkout"), Ev.Nav(23_100, Checkout),
            Ev.Click(26_000, url: Checkout, selector: "#pay"), Ev.Nav(26_100, Done), Ev.Move(30_000, Done)),

        // P2, session 2: a dead misclick, a quick back from the cart, a rage burst on #buy; a slow checkout detour.
        .. S(2, 2,
            Ev.Nav(0, Ev.Home), Ev.Click(1000, 300, 300, selector: "div.hero", interactive: false),
            Ev.Click(2900, 20, 20, selector: "a.cart"), Ev.Nav(3000, Ev.Cart), Ev.Nav(4500, Ev.Home),
            Ev.Click(6000, selector: "a.shoes"), Ev.Nav(6100, Ev.Shoes),
            Ev.Click(8000, 500, 500, Ev.Shoes), Ev.Of(EventKind.Mutation, 8050, Ev.Shoes),
            Ev.Click(8400, 505, 502, Ev.Shoes), Ev.Of(EventKind.Mutation, 8450, Ev.Shoes),
            Ev.Click(8800, 510, 505, Ev.Shoes), Ev.Of(EventKind.Mutation, 8850, Ev.Shoes)),
        .. S(2, 12,
            Ev.Nav(50_000, Ev.Cart), Ev.Click(52_000, url: Ev.Cart, selector: "#checkout"), Ev.Nav(52_100, Checkout),
            Ev.Nav(58_100, Ev.Cart), Ev.Click(64_000, url: Ev.Cart, selector: "#checkout"), Ev.Nav(64_100, Checkout),
            Ev.Click(66_000, url: Checkout, selector: "#pay"), Ev.Nav(66_100, Done), Ev.Move(75_000, Done)),

        // P3, session 3: #buy fails with an HTTP error and a console error, then a validation message; checkout errors out.
        .. S(3, 3,
            Ev.Nav(0, Ev.Home), Ev.Click(3000, selector: "a.shoes"), Ev.Nav(3100, Ev.Shoes),
            Ev.Click(6000, url: Ev.Shoes, selector: "#buy"), Ev.Of(EventKind.HttpError, 6300, Ev.Shoes),
            Ev.Of(EventKind.ConsoleError, 6310, Ev.Shoes), Ev.Of(EventKind.Mutation, 6400, Ev.Shoes),
            Ev.Of(EventKind.ValidationError, 7000, Ev.Shoes), Ev.Move(120_000, Ev.Shoes)),
        .. S(3, 13, Ev.Nav(121_000, Ev.Cart), Ev.Move(125_000, Ev.Cart)),

        // P4, session 4: only the interrupted attempt has events — a rage burst that must not be counted.
        .. S(4, 5, Ev.Nav(0, Ev.Home), Ev.Click(1000), Ev.Click(1200), Ev.Click(1400), Ev.Move(9000)),
    ];

    public static QuestionnaireAnswer[] Answers { get; } =
    [
        .. Sheet("P1", 4, 2, 4, 2, 4, 2, 4, 2, 4, 2),   // 75
        .. Sheet("P2", 5, 1, 5, 1, 5, 1, 5, 1, 5, 1),   // 100
        .. Sheet("P3", 3, 3, 3, 3, 3, 3, 3, 3, 3, 3),   // 50
        .. Sheet("P4", 3, 3, 3, 3, 3, 3, 3, 3, 3),      // incomplete: item 10 missing
        new("P1", "nps", null, 1, 10), new("P2", "nps", null, 1, 9), new("P3", "nps", null, 1, 5), new("P4", "nps", null, 1, 7),
        new("P1", "seq", "find-shoes", 1, 6), new("P2", "seq", "find-shoes", 1, 4), new("P3", "seq", "find-shoes", 1, 2),
        new("P1", "seq", "checkout", 1, 7), new("P2", "seq", "checkout", 1, 5),
    ];

    private static AttemptRecord Attempt(long id, string participant, string task, AttemptOutcome outcome, double seconds) =>
        new() { Id = id, Participant = participant, TaskId = task, Outcome = outcome, TimeSeconds = seconds };

    private static IEnumerable<RecordedEvent> S(long session, long attempt, params RecordedEvent[] events) =>
        events.Select(e => e with { SessionId = session, AttemptId = attempt });

    private static IEnumerable<QuestionnaireAnswer> Sheet(string participant, params int[] values) =>
        values.Select((v, i) => new QuestionnaireAnswer(participant, "sus", null, i + 1, v));
}
