using UsabilityLab.Core.Studies;
using UsabilityLab.Recording.Runner;
using UsabilityLab.Recording.Tests.Support;

namespace UsabilityLab.Recording.Tests.Runner;

/// <summary>An <c>expect: { url }</c> step: met when the page is there or gets there in time, else the attempt's expectation fails.</summary>
[Collection(BrowserCollection.Name)]
public sealed class StepExecutorExpectTests(BrowserFixture fixture)
{
    [Fact]
    public async Task ExpectUrl_PageGetsThereAMomentLater_Done()
    {
        var (context, page) = await StepRig.OpenAsync(fixture, "");
        await using var _ = context;
        await page.EvaluateAsync("() => setTimeout(() => { location.href = '/help'; }, 300)");

        var result = await StepRig.RunAsync(fixture, page, "exact", new ExpectStep(null, null, "/help"));

        Assert.Equal(StepStatus.Done, result.Status);
        Assert.EndsWith("/help", page.Url, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ExpectUrl_AlreadyThere_Done()
    {
        var (context, page) = await StepRig.OpenAsync(fixture, "help");
        await using var _ = context;

        var result = await StepRig.RunAsync(fixture, page, "exact", new ExpectStep(null, null, "/help"));

        Assert.Equal(StepStatus.Done, result.Status);
    }

    [Fact]
    public async Task ExpectUrl_PageNeverGetsThere_ExpectationNotMetNamingTheUrl()
    {
        var (context, page) = await StepRig.OpenAsync(fixture, "");
        await using var _ = context;

        var result = await StepRig.RunAsync(fixture, page, "exact", new ExpectStep(null, null, "/checkout"));

        Assert.Equal(StepStatus.ExpectationNotMet, result.Status);
        Assert.Contains("expect /checkout: not seen within 3 s", result.Reason, StringComparison.Ordinal);
    }
}
