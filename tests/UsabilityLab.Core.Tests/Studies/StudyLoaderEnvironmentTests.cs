using UsabilityLab.Core.Studies.Loading;

namespace UsabilityLab.Core.Tests.Studies;

public class StudyLoaderEnvironmentTests
{
    private static readonly Dictionary<string, string> Environment = new()
    {
        ["DEMO_SITE_URL"] = "http://localhost:5080",
        ["SHOP_PATH"] = "/shop",
        ["SEED"] = "7",
    };

    [Fact]
    public void Parse_EnvReferences_ExpandEverywhere()
    {
        var yaml = """
            name: Shop at ${DEMO_SITE_URL}
            target: ${DEMO_SITE_URL}${SHOP_PATH}/
            participants: { seed: "${SEED}" }
            tasks:
              - id: find-shoes
                title: Find shoes
                prompt: Shoes under $100, not $${HOME}.
                start: ${SHOP_PATH}/shoes
                success:
                  - url: ${SHOP_PATH}/cart
            """;

        var study = StudyTexts.Parse(yaml, Environment).Study!;

        Assert.Equal("Shop at http://localhost:5080", study.Name);
        Assert.Equal(new Uri("http://localhost:5080/shop/"), study.Target);
        Assert.Equal(7, study.Participants.Seed);
        var task = Assert.Single(study.Tasks);
        Assert.Equal("Shoes under $100, not ${HOME}.", task.Prompt);
        Assert.Equal("/shop/shoes", task.Start);
        Assert.Equal(new UsabilityLab.Core.Studies.UrlCriterion("/shop/cart"), Assert.Single(task.Success));
    }

    [Fact]
    public void Parse_UndefinedVariable_SaysWhichAndHowToSetIt()
    {
        var yaml = StudyTexts.Minimal.Replace("https://shop.example.com", "${DEMO_SITE_URL}", StringComparison.Ordinal);

        var result = StudyTexts.Parse(yaml, new Dictionary<string, string>());

        Assert.Null(result.Study);
        Assert.Equal(
            ["2:9: environment variable DEMO_SITE_URL is not set; set it before running (export DEMO_SITE_URL=…) or write the value in place of ${DEMO_SITE_URL}"],
            result.Located());
    }

    [Fact]
    public void Parse_MalformedReference_ExplainsSyntax()
    {
        var yaml = StudyTexts.Minimal.Replace("Demo shop", "Demo ${shop", StringComparison.Ordinal);

        Assert.Equal(
            ["1:7: '${' must be followed by a variable name and '}', e.g. ${DEMO_SITE_URL}; write $${ for a literal ${"],
            StudyTexts.Parse(yaml).Located());
    }

    [Fact]
    public void Parse_NoEnvironmentGiven_UsesProcessEnvironment()
    {
        var name = "USABILITYLAB_TEST_TARGET_" + Guid.NewGuid().ToString("N");
        System.Environment.SetEnvironmentVariable(name, "https://staging.example.com");
        try
        {
            var yaml = StudyTexts.Minimal.Replace("https://shop.example.com", "${" + name + "}", StringComparison.Ordinal);

            var result = StudyLoader.Parse(yaml, "study.yaml");

            Assert.Equal(new Uri("https://staging.example.com"), result.Study!.Target);
        }
        finally
        {
            System.Environment.SetEnvironmentVariable(name, null);
        }
    }
}
