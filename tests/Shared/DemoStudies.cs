using UsabilityLab.Core.Studies;

namespace UsabilityLab.Tests.Shared;

/// <summary>Small studies over the demo site, built in code.</summary>
internal static class DemoStudies
{
    public static StudyTask FindShoes { get; } = new(
        "find-shoes", "Find running shoes", "Find running shoes and add a pair in size 42 to your cart.", "/", TimeSpan.FromSeconds(120),
        [new TextCriterion("Added to cart")],
        ["/", "/category/shoes", "/product/trail-runner"],
        [
            new ClickStep("#promo-close"),
            new ClickStep("role=link[name='Shoes']"),
            new ClickStep("role=link[name='Trail Runner']"),
            new SelectStep("#size", "42"),
            new ClickStep("#add-to-cart"),
        ]);

    public static StudyTask FindReturns { get; } = new(
        "find-returns", "Find the returns policy", "Find out how many days you have to return an item.", "/", TimeSpan.FromSeconds(90),
        [new UrlCriterion("/help"), new TextCriterion("30 days")],
        ["/", "/help"],
        [new ClickStep("role=link[name='Help']")]);

    public static Study Create(Uri target, params StudyTask[] tasks) => new(
        "Test study",
        target,
        null,
        new ParticipantPlan(3, 11, new Dictionary<string, int> { ["expert"] = 1, ["typical"] = 1, ["novice"] = 1 }),
        new QuestionnairePlan("seq", ["sus", "nps"]),
        tasks,
        [],
        CapturePolicy.Default);
}
