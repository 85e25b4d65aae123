using UsabilityLab.Core.Studies;
using UsabilityLab.Core.Studies.Loading;

namespace UsabilityLab.Core.Tests.Studies;

public sealed class StudyTextRedactionTests
{
    private const string Study = """
        name: Checkout
        target: http://shop.test/
        capture: { recordValues: ["#search"] }
        tasks:
          - id: buy
            title: Buy
            prompt: Buy it.
            success: [ { text: Thanks } ]
            steps:
              - fill: { selector: "#search", value: tent }
              - fill: { selector: "#email", value: "alex@example.com" }
              - fill:
                  selector: "#card"
                  value: 4111 1111 1111 1111
              - fill: { selector: "#password", value: "${SHOP_PASSWORD}" }
              - click: "#buy"
        """;

    [Fact]
    public void Redact_FillValues_MaskedUnlessTheirSelectorRecordsValues()
    {
        var loaded = StudyLoader.Parse(Study, "study.yaml", _ => "x");

        var stored = StudyTextRedaction.Redact(Study, loaded.Study!.Capture);

        Assert.DoesNotContain("alex@example.com", stored, StringComparison.Ordinal);
        Assert.DoesNotContain("4111", stored, StringComparison.Ordinal);
        Assert.Contains("value: tent", stored, StringComparison.Ordinal);
        Assert.Contains("click: \"#buy\"", stored, StringComparison.Ordinal);
        var reread = StudyLoader.Parse(stored, "stored.yaml", _ => "x");
        Assert.True(reread.IsValid);
        Assert.Equal("***", reread.Study!.Tasks[0].Steps.OfType<FillStep>().Single(f => f.Selector == "#card").Value);
    }

    [Fact]
    public void Redact_HookRequestBodiesAndHeaders_Masked()
    {
        var study = Study.Replace("tasks:", """
            setup:
              participant:
                - request:
                    method: POST
                    url: /api/sign-in
                    body: '{"password": "hunter2"}'
                    headers: { Authorization: Bearer s3cret, X-Trace: "on" }
                - steps: [ { fill: { selector: "#pin", value: "4321" } } ]
            tasks:
            """, StringComparison.Ordinal);
        var loaded = StudyLoader.Parse(study, "study.yaml", _ => "x");

        var stored = StudyTextRedaction.Redact(study, loaded.Study!.Capture);

        Assert.DoesNotContain("hunter2", stored, StringComparison.Ordinal);
        Assert.DoesNotContain("s3cret", stored, StringComparison.Ordinal);
        Assert.DoesNotContain("4321", stored, StringComparison.Ordinal);
        Assert.Contains("url: /api/sign-in", stored, StringComparison.Ordinal);
        Assert.True(StudyLoader.Parse(stored, "stored.yaml", _ => "x").IsValid);
    }
}
