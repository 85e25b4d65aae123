using UsabilityLab.Core.Events;
using UsabilityLab.Core.Runs;
using UsabilityLab.Core.Sessions;
using UsabilityLab.Core.Studies;
using UsabilityLab.Recording.Runner;
using UsabilityLab.Recording.Tests.Support;
using UsabilityLab.Tests.Shared;

namespace UsabilityLab.Recording.Tests.Runner;

[Collection(BrowserCollection.Name)]
public sealed class ScriptedRunnerTests(BrowserFixture fixture)
{
    [Fact]
    public async Task ExactPersona_GoldenPath_SucceedsAndRecordsEverything()
    {
        var journal = new MemoryJournal();
        var study = DemoStudies.Create(fixture.Site.BaseUrl, DemoStudies.FindShoes, DemoStudies.FindReturns);

        var attempts = await new ScriptedRunner(fixture.Config).RunAsync(study, journal, new ScriptedRunOptions { PersonaMode = PersonaMode.Exact, Participants = 1 });

        Assert.All(attempts, a => Assert.Equal(AttemptOutcome.Success, a.Outcome));
        Assert.Equal(2, attempts.Count);
        Assert.Contains(journal.Events, e => e.Kind == EventKind.Click && e.Selector == "#add-to-cart");
        // Every page passed through has its backdrop, also the category page QA mode leaves at once (and a page may have
        // pictures of further views its clicks were made in).
        Assert.Equal(["/", "/category/shoes", "/help", "/product/trail-runner"], journal.Archives.Select(a => a.PageKey).Distinct().Order(StringComparer.Ordinal));
        await journal.PaintArchivesAsync(fixture.Browser.Browser);
        Assert.Contains(journal.Snapshots, s => s.PageKey == "/product/trail-runner" && s.Width == 1280 && s.Height > 800);
        // The study asks SEQ, SUS and NPS; a simulated participant has no opinion and answers none of them.
        Assert.Empty(journal.Answers);
        Assert.All(attempts, a => Assert.Null(a.Seq));
        Assert.Equal(SessionEnd.Completed, Assert.Single(journal.Sessions.Values));
    }

    [Fact]
    public async Task PageCrash_MarksAttemptCrashed_AndTheRunContinues()
    {
        var crash = new StudyTask("crash", "Crash", "The tab dies.", "/", TimeSpan.FromSeconds(60), [new TextCriterion("never")], [], [new GotoStep("chrome://crash")]);
        var journal = new MemoryJournal();
        var study = DemoStudies.Create(fixture.Site.BaseUrl, crash, DemoStudies.FindReturns);

        var attempts = await new ScriptedRunner(fixture.Config).RunAsync(study, journal, new ScriptedRunOptions { PersonaMode = PersonaMode.Exact, Participants = 1 });

        Assert.Equal(AttemptOutcome.Crashed, attempts.Single(a => a.TaskId == "crash").Outcome);
        Assert.Equal(AttemptOutcome.Success, attempts.Single(a => a.TaskId == "find-returns").Outcome);
        Assert.Contains(journal.Events, e => e.Kind == EventKind.Crash);
    }

    [Fact]
    public async Task UnknownSelector_EndsAttemptAsError_WithTheStepInTheReason()
    {
        var broken = new StudyTask("broken", "Broken", "Click what is not there.", "/", TimeSpan.FromSeconds(60), [new TextCriterion("never")], [],
            [new ClickStep("#does-not-exist") { Line = 42 }]);
        var config = fixture.Config with { ActionTimeoutMs = 500 };

        var attempts = await new ScriptedRunner(config).RunAsync(DemoStudies.Create(fixture.Site.BaseUrl, broken), new MemoryJournal(), new ScriptedRunOptions { PersonaMode = PersonaMode.Exact, Participants = 1 });

        var attempt = Assert.Single(attempts);
        Assert.Equal(AttemptOutcome.Error, attempt.Outcome);
        Assert.Contains("line 42", attempt.Reason, StringComparison.Ordinal);
        Assert.Contains("#does-not-exist", attempt.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public async Task MixedPersonas_SameSeed_SameOutcomes()
    {
        var study = DemoStudies.Create(fixture.Site.BaseUrl, DemoStudies.FindShoes, DemoStudies.FindReturns);
        var options = new ScriptedRunOptions { PersonaMode = PersonaMode.Mixed, Participants = 3, Seed = 5, Workers = 2 };

        var first = await new ScriptedRunner(fixture.Config).RunAsync(study, new MemoryJournal(), options);
        var second = await new ScriptedRunner(fixture.Config).RunAsync(study, new MemoryJournal(), options);

        // Outcomes are the promise; click counts and times may differ by a little with the machine's timing.
        static string Key(IEnumerable<AttemptRecord> attempts) =>
            string.Join(";", attempts.OrderBy(a => a.Participant).ThenBy(a => a.TaskId).Select(a => $"{a.Participant}/{a.TaskId}:{a.Outcome}"));
        static string Reasons(IEnumerable<AttemptRecord> attempts) =>
            string.Join("\n", attempts.OrderBy(a => a.Participant).ThenBy(a => a.TaskId).Select(a => $"  {a.Participant}/{a.TaskId}: {a.Outcome}, {a.Reason}"));
        Assert.True(Key(first) == Key(second), $"same seed, other outcomes:\nfirst run\n{Reasons(first)}\nsecond run\n{Reasons(second)}");
        Assert.Equal(6, first.Count);
    }

    [Fact]
    public void Roster_SameSeed_SamePersonas_AndCountsFollowTheMix()
    {
        var study = DemoStudies.Create(new Uri("http://example.test/"));

        var a = ParticipantRoster.Build(study, new ScriptedRunOptions { Participants = 12, Seed = 42 });
        var b = ParticipantRoster.Build(study, new ScriptedRunOptions { Participants = 12, Seed = 42 });

        Assert.Equal(a, b);
        Assert.Equal(4, a.Count(p => p.Persona.Name == "novice"));
        Assert.Equal(Enumerable.Range(1, 12).Select(i => $"P{i:00}"), a.Select(p => p.Label));
    }
}
