using UsabilityLab.Core.Studies;
using UsabilityLab.Recording.Runner;
using UsabilityLab.Recording.Tests.Support;

namespace UsabilityLab.Recording.Tests.Runner;

/// <summary>A select step names the option as the study's author saw it: by its label, or by its value.</summary>
[Collection(BrowserCollection.Name)]
public sealed class StepExecutorSelectTests(BrowserFixture fixture)
{
    private const string SizesPage = """
        <!doctype html><title>Sizes</title>
        <label>Size <select id="size"><option value="">Choose</option><option value="eu-42">42 (EU)</option><option value="eu-43">43 (EU)</option></select></label>
        """;

    [Theory]
    [InlineData("exact", "42 (EU)", "eu-42")]
    [InlineData("exact", "eu-43", "eu-43")]
    [InlineData("typical", "42 (EU)", "eu-42")]
    [InlineData("typical", "eu-43", "eu-43")]
    public async Task Select_OptionNamedByLabelOrValue_ThatOptionIsChosen(string persona, string named, string chosen)
    {
        var (context, page) = await StepRig.OpenAsync(fixture, "sizes", SizesPage);
        await using var _ = context;

        var result = await StepRig.RunAsync(fixture, page, persona, new SelectStep("#size", named));

        Assert.Equal(StepStatus.Done, result.Status);
        Assert.Equal(chosen, await page.InputValueAsync("#size"));
    }
}
