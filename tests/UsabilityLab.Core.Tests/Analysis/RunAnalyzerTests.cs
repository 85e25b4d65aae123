using UsabilityLab.Core.Analysis;
using UsabilityLab.Core.Metrics;
using UsabilityLab.Core.Sessions;

namespace UsabilityLab.Core.Tests.Analysis;

public class RunAnalyzerTests
{
    private const double Tol = 0.005;

    private static RunAnalysis Run() =>
        RunAnalyzer.Analyze(SyntheticRun.Study, SyntheticRun.Attempts, SyntheticRun.Events, SyntheticRun.Answers);

    [Fact]
    public void Analyze_SyntheticRun_TasksInStudyOrder()
    {
        var run = Run();

        Assert.Equal(["find-shoes", "checkout"], run.Tasks.Select(t => t.Id));
        Assert.Equal("Shop study", run.Study);
        Assert.Equal(4, run.Participants);
    }

    [Fact]
    public void Analyze_UnrestoredAttemptAfterAResume_LeftOutOfTheTaskAndCounted()
    {
        var unrestored = new AttemptRecord { Id = 99, Participant = "P9", TaskId = "find-shoes", Outcome = AttemptOutcome.Error, TimeSeconds = 5, Unrestored = true };

        var run = RunAnalyzer.Analyze(SyntheticRun.Study, [.. SyntheticRun.Attempts, unrestored], SyntheticRun.Events, SyntheticRun.Answers);

        Assert.Equal(4, run.Task("find-shoes")!.Attempts);
        Assert.Equal(1, run.UnrestoredAttempts);
    }

    [Fact]
    public void Analyze_FindShoes_OutcomesAndRates()
    {
        var t = Run().Task("find-shoes")!;

        // P1, P2 succeed; P3 fails; P4 abandons; P4's interrupted attempt is not counted.
        Assert.Equal((4, 2, 1, 1, 0), (t.Attempts, t.Successes, t.Failures, t.Abandons, t.TechnicalErrors));
        Assert.Equal(0.5, t.SuccessRate);
        // Adjusted Wald 2/4: p_adj = 0.5, margin = 1.96·√(0.25/7.8415) = 0.350.
        Assert.Equal(0.150, t.SuccessRateCi!.Value.Low, Tol);
        Assert.Equal(0.850, t.SuccessRateCi!.Value.High, Tol);
        Assert.Equal(0.25, t.AbandonRate);
        Assert.Equal(0.25, t.FailureRate);
        Assert.Equal(0, t.TechnicalErrorRate);
    }

    [Fact]
    public void Analyze_FindShoes_ErrorRateIsTheShareOfAttemptsWithAParticipantError()
    {
        var t = Run().Task("find-shoes")!;

        // Errors per attempt 0 (P1), 1 (P2's misclick), 3 (P3: JS error, failed request, validation) and 2 (P4,
        // imported): 3 of 4 attempts met an error. Adjusted Wald 3/4: p_adj = 4.9208/7.8416 = 0.6275,
        // margin = 1.96·√(0.6275·0.3725/7.8416) = 0.3384 ⇒ 0.289–0.966. No attempt ended in a technical error.
        Assert.Equal(3, t.AttemptsWithErrors);
        Assert.Equal(0.75, t.ErrorRate);
        Assert.Equal(0.289, t.ErrorRateCi!.Value.Low, Tol);
        Assert.Equal(0.966, t.ErrorRateCi!.Value.High, Tol);
        Assert.Equal(0, t.TechnicalErrors);
    }

    [Fact]
    public void Analyze_AttemptsWithoutEventsOrCounts_ErrorRateIsNoDataNotZero()
    {
        var attempts = new AttemptRecord[] { new() { Id = 1, Participant = "A", TaskId = "t", Outcome = AttemptOutcome.Success, TimeSeconds = 10 } };

        var t = RunAnalyzer.Analyze(null, attempts, [], []).Task("t")!;

        Assert.Null(t.ErrorRate);
        Assert.Null(t.AttemptsWithErrors);
    }

    [Fact]
    public void Analyze_FindShoes_TimesFromSuccessesOnly()
    {
        var t = Run().Task("find-shoes")!;

        // Successes took 20 s and 45 s: geometric mean √900 = 30, median = mean = 32.5.
        Assert.Equal(30, t.TimeGeoMeanS!.Value, 1e-9);
        Assert.Equal(32.5, t.TimeMedianS!.Value, 1e-9);
        Assert.Equal(32.5, t.TimeMeanS!.Value, 1e-9);
        Assert.Equal(TimeOnTask.Summarize([20, 45]).Ci, t.TimeCiS);

        // All four finished attempts (20, 45, 120, 60): ⁴√6 480 000 = 50.45; median (45 + 60)/2.
        Assert.Equal(50.45, t.TimeAllAttemptsGeoMeanS!.Value, 0.01);
        Assert.Equal(52.5, t.TimeAllAttemptsMedianS!.Value, 1e-9);
    }

    [Fact]
    public void Analyze_FindShoes_ClicksEfficiencyAndLostness()
    {
        var t = Run().Task("find-shoes")!;

        // Clicks: P1 2, P2 6 (misclick, cart link, shoes link, 3 × buy), P3 2, P4 4 (imported) ⇒ 3.5.
        Assert.Equal(3.5, t.ClicksMean!.Value, 1e-9);
        // Golden path = 2 clicks; successful attempts: 2/2 = 1 and 2/6 ⇒ mean 0.6667.
        Assert.Equal(0.6667, t.ClickEfficiency!.Value, Tol);
        // R = 2 from the study. P1 N2 S2 ⇒ 0; P2 N3 S4 ⇒ √(0.0625 + 0.1111) = 0.4167; P3 N2 S2 ⇒ 0;
        // P4 (imported) N2 S3 ⇒ 0.3333 ⇒ mean 0.1875.
        Assert.Equal(2, t.OptimalPages);
        Assert.Equal("study", t.OptimalPagesSource);
        Assert.Equal(0.1875, t.LostnessMean!.Value, Tol);
        // ISO 25022: (1/(20/60) + 1/(45/60) + 0 + 0)/4 = (3 + 1.333)/4 = 1.0833 goals/min; 65 s / 245 s = 0.2653.
        Assert.Equal(1.0833, t.TimeBasedEfficiency!.Value, Tol);
        Assert.Equal(0.2653, t.OverallRelativeEfficiency!.Value, Tol);
    }

    [Fact]
    public void Analyze_FindShoes_SignalsAndErrorCounts()
    {
        var t = Run().Task("find-shoes")!;

        // P2: rage burst on #buy, dead misclick on the hero, quick back from the cart. P3: error click on #buy.
        // P4's interrupted attempt has a rage burst too, which must not count.
        Assert.Equal((1, 1, 1, 1, 0, 0), (t.RageClicks, t.DeadClicks, t.ErrorClicks, t.QuickBacks, t.ExcessiveScrolls, t.Hesitations));
        Assert.Equal((1, 1, 1), (t.JsErrors, t.FailedRequests, t.ValidationErrors));
        // Misclicks per attempt with events: (0 + 1 + 0)/3. Errors per attempt: (0 + 1 + 3 + 2 imported)/4.
        Assert.Equal(1.0 / 3, t.MisclicksPerAttempt!.Value, 1e-9);
        Assert.Equal(1.5, t.ErrorsPerAttempt!.Value, 1e-9);
    }

    [Fact]
    public void Analyze_FindShoes_SeqFromQuestionnaireNotAttempt()
    {
        var t = Run().Task("find-shoes")!;

        // 6, 4, 2 from the questionnaire (P4's attempt rating of 3 is a fallback only): mean 4,
        // t interval 4 ± 4.303·2/√3 = −0.97 … 8.97 ⇒ clipped to the scale.
        Assert.Equal(4, t.SeqMean!.Value, 1e-9);
        Assert.Equal(3, t.SeqN);
        Assert.Equal(new Interval(1, 7), t.SeqCi);
    }

    [Fact]
    public void Analyze_Checkout_ObservedOptimalPathAndErrorOutcome()
    {
        var t = Run().Task("checkout")!;

        Assert.Equal((3, 2, 1), (t.Attempts, t.Successes, t.TechnicalErrors));
        Assert.Equal(1.0 / 3, t.TechnicalErrorRate!.Value, 1e-9);
        Assert.Equal(Math.Sqrt(30 * 50), t.TimeGeoMeanS!.Value, 1e-9);
        Assert.Equal(40, t.TimeMedianS!.Value, 1e-9);
        // No optimal path in the study: R = fewest unique pages of a success (cart, checkout, done) = 3.
        Assert.Equal(3, t.OptimalPages);
        Assert.Equal("observed", t.OptimalPagesSource);
        // P1 N3 S3 ⇒ 0; P2 N3 S5 ⇒ 0.4; P3's technical error is not a path ⇒ mean 0.2.
        Assert.Equal(0.2, t.LostnessMean!.Value, Tol);
        // Golden path has 3 clicks; P1 made 2 (capped at 1), P2 made 3.
        Assert.Equal(1, t.ClickEfficiency);
        Assert.Equal(0, t.QuickBacks); // P2 stayed 6 s on the cart: not a quick back
        Assert.Equal(6, t.SeqMean);
    }

    [Fact]
    public void Analyze_SimulatedParticipants_TheirAnswersAreNeverScored()
    {
        // The same answers, but given by simulated participants (a scripted run of an earlier version stored them).
        var simulated = SyntheticRun.Attempts.Select(a => a.Participant).Concat(SyntheticRun.Answers.Select(a => a.Participant)).Distinct().ToArray();

        var run = RunAnalyzer.Analyze(SyntheticRun.Study, SyntheticRun.Attempts, SyntheticRun.Events, SyntheticRun.Answers, simulatedParticipants: simulated);

        Assert.True(run.Simulated);
        Assert.Equal(run.Participants, run.SimulatedParticipants);
        Assert.Null(run.Sus);
        Assert.Null(run.Nps);
        Assert.Empty(run.SusScores);
        Assert.All(run.Tasks, t => Assert.True(t.SeqMean is null && t.SeqN == 0));
        Assert.Equal(SyntheticRun.Answers.Count(), run.SimulatedAnswersIgnored);
        // Behaviour is still measured: completion is what the model did on the site.
        Assert.Equal(0.5, run.Task("find-shoes")!.SuccessRate);
    }

    [Fact]
    public void Analyze_Questionnaires_SusAndNps()
    {
        var run = Run();

        // Complete sheets 75, 100, 50: mean 75, grade B; P4's 9-item sheet is skipped.
        Assert.NotNull(run.Sus);
        Assert.Equal(75, run.Sus.Mean, 1e-9);
        Assert.Equal(3, run.Sus.N);
        Assert.Equal("B", run.Sus.Grade);
        Assert.Equal(1, run.SusIncompleteSheets);
        // 75 ± 4.303·25/√3 = 12.9 … 137.1 ⇒ upper clipped to 100.
        Assert.Equal(12.9, run.Sus.Ci!.Value.Low, 0.05);
        Assert.Equal(100, run.Sus.Ci!.Value.High);

        // NPS: 10, 9 promoters; 7 passive; 5 detractor ⇒ 50 − 25 = 25.
        Assert.Equal(new NpsResult(25, 2, 1, 1, 4), run.Nps);
    }

    [Fact]
    public void Analyze_Signals_CarryTaskAndParticipant()
    {
        var run = Run();

        var rage = run.Signals.Where(s => s.Signal.Kind == UsabilityLab.Core.Signals.SignalKind.RageClick).ToArray();
        Assert.Equal(2, rage.Length); // P2's counted one and P4's from the interrupted attempt
        Assert.Contains(rage, s => s is { TaskId: "find-shoes", Participant: "P2" });
    }

    [Fact]
    public void Analyze_ImportedCountsWithoutStudyOrEvents_UsesCountsAndLeavesSignalsNull()
    {
        AttemptRecord[] attempts =
        [
            new() { Id = 0, Participant = "A", TaskId = "t", Outcome = AttemptOutcome.Success, TimeSeconds = 40, Clicks = 5, PageVisits = 9, UniquePages = 6, OptimalPages = 3, Seq = 5 },
            new() { Id = 0, Participant = "B", TaskId = "t", Outcome = AttemptOutcome.Failed, TimeSeconds = 90, Clicks = 9, PageVisits = 4, UniquePages = 4, OptimalPages = 3, Seq = 3 },
        ];

        var t = Assert.Single(RunAnalyzer.Analyze(null, attempts, [], []).Tasks);

        Assert.Equal(7, t.ClicksMean);
        Assert.Equal("attempt", t.OptimalPagesSource);
        // Smith's example (0.601) and N4 S4 R3 ⇒ 0.25: mean 0.4254.
        Assert.Equal(0.4254, t.LostnessMean!.Value, Tol);
        Assert.Null(t.ClickEfficiency); // no golden path without a study
        Assert.Null(t.RageClicks);
        Assert.Null(t.JsErrors);
        Assert.Null(t.MisclicksPerAttempt);
        Assert.Equal(4, t.SeqMean); // falls back to the ratings on the attempts
    }

    [Fact]
    public void Analyze_NoSuccess_TimesNull()
    {
        AttemptRecord[] attempts = [new() { Participant = "A", TaskId = "t", Outcome = AttemptOutcome.Failed, TimeSeconds = 30 }];

        var t = Assert.Single(RunAnalyzer.Analyze(null, attempts, [], []).Tasks);

        Assert.Equal(0, t.SuccessRate);
        Assert.Null(t.TimeGeoMeanS);
        Assert.Null(t.TimeCiS);
        Assert.Null(t.TimeMedianS);
        Assert.Equal(30, t.TimeAllAttemptsMedianS);
    }

    [Fact]
    public void Analyze_StudyTaskWithoutAttempts_ListedWithNoData()
    {
        var t = RunAnalyzer.Analyze(SyntheticRun.Study, [], [], []).Task("checkout")!;

        Assert.Equal(0, t.Attempts);
        Assert.Null(t.SuccessRate);
        Assert.Null(t.SuccessRateCi);
    }

    [Fact]
    public void Analyze_SusAnswerOutOfScale_ThrowsWithParticipant()
    {
        var ex = Assert.Throws<ArgumentException>(() => RunAnalyzer.Analyze(null, [], [], [new("P9", "sus", null, 3, 7)]));

        Assert.Contains("P9", ex.Message, StringComparison.Ordinal);
    }
}
