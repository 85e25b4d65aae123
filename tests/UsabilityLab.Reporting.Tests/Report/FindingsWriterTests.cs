using UsabilityLab.Reporting.Report;
using UsabilityLab.Reporting.Tests.Support;

namespace UsabilityLab.Reporting.Tests.Report;

/// <summary>
/// The executive summary's findings on a hand-built run (<see cref="SyntheticShop"/>): every click on "Apply" throws
/// (the site's doing, on the study's path), the first participant's misclick hit the banner's "×" (chance), and "Place
/// order" lies below the first screen.
/// </summary>
public class FindingsWriterTests
{
    private static KeyFindings Findings(string persona, int participants = 12)
    {
        var run = SyntheticShop.Run(1, persona, participants);
        // All candidates, not only the summary's three, so each finding can be looked at.
        return FindingsWriter.Top(run, ReportModelBuilder.Build(run).Analysis, keepQuery: false, count: 10);
    }

    [Fact]
    public void Top_SimulatedRunErrorOnEveryStepClick_ToldAsWhatTheSiteDid()
    {
        var findings = Findings("typical");

        Assert.Equal(
            $"Clicking the “Apply” button on /cart throws a JavaScript error ({SyntheticShop.Error}), on every click in all 12 simulated sessions that clicked it: a fault of the site (the study's steps click it, so the exact persona meets it too).",
            Assert.Single(findings.Main, f => f.StartsWith("Clicking", StringComparison.Ordinal)));
    }

    [Fact]
    public void Top_SimulatedRunOneParticipantTryingTwice_CountsSessionsNotAttempts()
    {
        // P01 tries the coupon task a second time and clicks "Apply" again: still 12 sessions clicked it, in 13 attempts.
        var run = SyntheticShop.Run(1, "typical", 12);
        var retry = run.Attempts.Single(a => a.Id == 1) with { Id = 1_000 };
        var again = run.Events.Where(e => e.AttemptId == 1).Select(e => e with { AttemptId = 1_000, TimeMs = e.TimeMs + 500_000 });
        run = run with { Attempts = [.. run.Attempts, retry], Events = [.. run.Events, .. again] };

        var findings = FindingsWriter.Top(run, ReportModelBuilder.Build(run).Analysis, keepQuery: false, count: 10);

        Assert.Contains("in all 12 simulated sessions that clicked it", Assert.Single(findings.Main, f => f.StartsWith("Clicking", StringComparison.Ordinal)), StringComparison.Ordinal);
    }

    [Fact]
    public void Top_SimulatedRunMisclickLanding_ToldAsModelOutputNeverAsPeople()
    {
        var findings = Findings("typical");

        var misclick = Assert.Single(findings.ModelOutput, f => f.Contains("“×”", StringComparison.Ordinal));
        Assert.StartsWith("Persona model: simulated misclicks and detours landed on “×” on /cart in 1 of 12 sessions", misclick, StringComparison.Ordinal);
        Assert.DoesNotContain(findings.Main, f => f.Contains("“×”", StringComparison.Ordinal));
        Assert.All(findings.Main.Concat(findings.ModelOutput), f => Assert.DoesNotMatch(@"\d+ of \d+ participants", f));
    }

    [Fact]
    public void Top_StepTargetBelowTheFirstScreen_ToldAsALayoutFact()
    {
        var findings = Findings("typical");

        Assert.Contains(
            "The “Place order” button on /checkout sits 2,100 px down the page, below the first screen (800 px high): the study's path needs it, and all 12 simulated sessions that used it had to scroll to find it.",
            findings.Main);
    }

    [Fact]
    public void Top_ExactPersonaOnly_NothingIsModelOutput()
    {
        var findings = Findings("exact", 2);

        Assert.Empty(findings.ModelOutput);
        Assert.Contains(findings.Main, f => f.StartsWith("“×” on /cart is not a link or button", StringComparison.Ordinal));
    }

    [Fact]
    public void Top_People_FindingsAreObservationsOfParticipants()
    {
        var findings = Findings("person");

        Assert.Empty(findings.ModelOutput);
        Assert.Contains("12 of 12 participants clicked the “Apply” button on /cart and triggered a JavaScript error: the control does not work.", findings.Main);
    }
}
