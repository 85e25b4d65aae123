using System.Globalization;
using UsabilityLab.Core.Events;
using UsabilityLab.Core.Runs;
using UsabilityLab.Core.Sessions;
using UsabilityLab.Core.Studies.Loading;
using UsabilityLab.Reporting.Report;
using UsabilityLab.Reporting.Tests.Report;

namespace UsabilityLab.Reporting.Tests.Support;

/// <summary>
/// Runs built by hand, event by event, so a test knows exactly what happened: on the cart, every click on the "Apply"
/// button throws (the site's doing); the first participant also misclicks the promo banner's "×" (chance); checkout's
/// "Place order" sits 2,100 px down an 800 px screen.
/// </summary>
internal static class SyntheticShop
{
    public const string Error = "TypeError: Cannot read properties of undefined (reading 'promotions')";

    private const string StudyYaml = """
        name: Synthetic shop
        target: http://shop.test/
        viewport: { width: 1280, height: 800 }
        tasks:
          - id: apply
            title: Apply a coupon
            prompt: Apply the coupon.
            start: /cart
            success: [ { text: Coupon applied } ]
            steps:
              - fill: { selector: "#coupon", value: "WINTER20" }
              - click: "role=button[name='Apply']"
          - id: check-out
            title: Check out
            prompt: Place the order.
            start: /checkout
            success: [ { url: /order/* } ]
            steps:
              - click: "#place-order"
        """;

    /// <summary>A run of <paramref name="participants"/> with the given persona ("typical", "exact", or "person" for people).</summary>
    /// <param name="cartPage">Where the cart lives (a long, unbreakable key tests the report's layout).</param>
    /// <param name="applySucceeds">Whether the coupon task succeeds (a fixed site).</param>
    public static ReportRun Run(long runId, string persona, int participants, string cartPage = "/cart", bool applySucceeds = false, int viewportWidth = 1280)
    {
        var study = StudyLoader.Parse(StudyYaml, "synthetic.yaml").Study ?? throw new InvalidOperationException("the synthetic study does not load");
        var attempts = new List<AttemptRecord>();
        var events = new List<RecordedEvent>();
        var cart = "http://shop.test" + cartPage;
        for (var p = 0; p < participants; p++)
        {
            var label = string.Create(CultureInfo.InvariantCulture, $"P{p + 1:00}");
            var session = p + 1;
            long applyId = (p * 2) + 1, checkoutId = (p * 2) + 2;
            var t = p * 1_000_000.0;
            RecordedEvent At(long attempt, EventKind kind, double ms, string url) =>
                new() { Kind = kind, SessionId = session, AttemptId = attempt, TimeMs = t + ms, Url = url, ViewportWidth = viewportWidth };

            events.Add(At(applyId, EventKind.Resize, 0, cart) with { Detail = $"{viewportWidth}x800" });
            events.Add(At(applyId, EventKind.Navigation, 0, cart) with { Detail = "load" });
            events.Add(Click(At(applyId, EventKind.Click, 2_000, cart), "role=button[name=\"Apply\"]", "Apply", "button", true, 600 + (p % 7), 320 + (p % 5), 560, 300));
            if (!applySucceeds)
            {
                events.Add(At(applyId, EventKind.PageError, 2_100, cart) with { Detail = Error });
            }

            if (p == 0)
            {
                // The persona's misclick: on the banner's "×", which is not a button. Nothing happens.
                events.Add(Click(At(applyId, EventKind.Click, 6_000, cart), "#promo .promo-close-glyph", "×", "span", false, viewportWidth - 40, 30, viewportWidth - 52, 18));
            }

            events.Add(At(applyId, EventKind.MouseMove, 12_000, cart) with { X = 10, Y = 10 });
            var applyTime = applySucceeds ? 5 + (p % 4) : 20 + (p * 97 % 100);
            attempts.Add(new AttemptRecord
            {
                Id = applyId, Participant = label, TaskId = "apply", Outcome = applySucceeds ? AttemptOutcome.Success : AttemptOutcome.Failed,
                TimeSeconds = applyTime, StartMs = t, EndMs = t + (applyTime * 1000),
            });

            const string checkout = "http://shop.test/checkout";
            var c = 200_000.0;
            events.Add(At(checkoutId, EventKind.Navigation, c, checkout) with { Detail = "load" });
            events.Add(At(checkoutId, EventKind.Scroll, c + 1_000, checkout) with { ScrollY = 1_500, Value = 2_300 });
            events.Add(Click(At(checkoutId, EventKind.Click, c + 3_000, checkout), "#place-order", "Place order", "button", true, 640, 2_120, 560, 2_100) with { ScrollY = 1_500 });
            events.Add(At(checkoutId, EventKind.Navigation, c + 3_200, "http://shop.test/order/SO-1") with { Detail = "load" });
            attempts.Add(new AttemptRecord
            {
                Id = checkoutId, Participant = label, TaskId = "check-out", Outcome = AttemptOutcome.Success,
                TimeSeconds = 30 + (p % 9), StartMs = t + c, EndMs = t + c + 30_000,
            });
        }

        return new ReportRun
        {
            RunId = runId,
            StudyName = study.Name,
            Study = study,
            Target = study.Target.ToString(),
            Mode = persona == "person" ? "Moderated" : "Scripted",
            PersonaMode = persona switch { "person" => null, "exact" => "exact", _ => "mixed" },
            StartedAt = new DateTimeOffset(2026, 12, 1 + (int)runId, 9, 0, 0, TimeSpan.Zero),
            Tasks = study.Tasks.Select(x => new StoredTask(x.Id, x.Title, x.Prompt, x.TimeLimit.TotalSeconds, 0, [])).ToArray(),
            Participants = Enumerable.Range(1, participants).Select(i => new ParticipantSummary(string.Create(CultureInfo.InvariantCulture, $"P{i:00}"), persona, 1, "Completed", null)).ToArray(),
            Attempts = attempts,
            Events = events,
            Answers = [],
            Snapshots =
            [
                new PageScreenshot(Core.Pages.PageKey.Normalize(cart), viewportWidth, viewportWidth, 900, "Your cart", ReportEscapingTests.WhitePng(viewportWidth, 900)),
                new PageScreenshot("/checkout", viewportWidth, viewportWidth, 2_400, "Checkout", ReportEscapingTests.WhitePng(viewportWidth, 2_400)),
            ],
        };
    }

    private static RecordedEvent Click(RecordedEvent e, string selector, string text, string tag, bool interactive, double x, double y, double boxX, double boxY) =>
        e with { Selector = selector, Text = text, Tag = tag, Interactive = interactive, X = x, Y = y, BoxX = boxX, BoxY = boxY, BoxWidth = 120, BoxHeight = 40, Button = 0 };
}
