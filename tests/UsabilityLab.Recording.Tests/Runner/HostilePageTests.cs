using UsabilityLab.Core.Events;
using UsabilityLab.Core.Runs;
using UsabilityLab.Core.Sessions;
using UsabilityLab.Recording.Runner;
using UsabilityLab.Recording.Tests.Support;
using UsabilityLab.Tests.Shared;

namespace UsabilityLab.Recording.Tests.Runner;

/// <summary>Nothing a page does ends a run: its attempt ends with the reason, and later tasks and participants run.</summary>
[Collection(BrowserCollection.Name)]
public sealed class HostilePageTests(BrowserFixture fixture) : IAsyncLifetime
{
    private LoopbackSite _site = null!;

    public async Task InitializeAsync() => _site = await HostilePages.StartAsync();

    public async Task DisposeAsync() => await _site.DisposeAsync();

    [Theory]
    [InlineData("/alert-loop", "dialog loop")]
    [InlineData("/replace-loop", "redirect loop")]
    [InlineData("/timer-loop", "redirect loop")]
    public async Task LoopingPage_FailsItsAttemptWithTheReason_AndEveryoneGoesOn(string path, string reason)
    {
        var study = HostilePages.Study(_site.BaseUrl, 2, HostilePages.Task(path), HostilePages.Task("/ok"));

        var attempts = await new ScriptedRunner(fixture.Config).RunAsync(study, new MemoryJournal(), new ScriptedRunOptions { Participants = 2 });

        Assert.Equal(4, attempts.Count);
        Assert.All(attempts.Where(a => a.TaskId != "ok"), a =>
        {
            Assert.Equal(AttemptOutcome.Failed, a.Outcome);
            Assert.Contains(reason, a.Reason, StringComparison.Ordinal);
        });
        Assert.All(attempts.Where(a => a.TaskId == "ok"), a => Assert.Equal(AttemptOutcome.Success, a.Outcome));
    }

    [Fact]
    public async Task SiteThatNeverAnswers_FailsTheAttemptSayingSo()
    {
        var study = HostilePages.Study(_site.BaseUrl, 1, HostilePages.Task("/hang"), HostilePages.Task("/ok"));
        var config = fixture.Config with { NavigationTimeoutMs = 1_500 };

        var attempts = await new ScriptedRunner(config).RunAsync(study, new MemoryJournal(), new ScriptedRunOptions { Participants = 1 });

        var hang = attempts.Single(a => a.TaskId == "hang");
        Assert.Equal(AttemptOutcome.Failed, hang.Outcome);
        Assert.Contains("did not answer", hang.Reason, StringComparison.Ordinal);
        Assert.Equal(AttemptOutcome.Success, attempts.Single(a => a.TaskId == "ok").Outcome);
    }

    [Fact]
    public async Task PageThatStopsAnswering_EndsAtTheTimeLimit_AndTheNextTaskRuns()
    {
        var study = HostilePages.Study(_site.BaseUrl, 1, HostilePages.Task("/busy", timeLimitSeconds: 4), HostilePages.Task("/ok"));

        var attempts = await new ScriptedRunner(fixture.Config).RunAsync(study, new MemoryJournal(), new ScriptedRunOptions { Participants = 1 });

        var busy = attempts.Single(a => a.TaskId == "busy");
        Assert.Equal(AttemptOutcome.Failed, busy.Outcome);
        Assert.Contains("stopped answering", busy.Reason, StringComparison.Ordinal);
        Assert.Equal(AttemptOutcome.Success, attempts.Single(a => a.TaskId == "ok").Outcome);
    }

    [Theory]
    [InlineData("/broken-json")]
    [InlineData("/empty-json")]
    [InlineData("/to-json")]
    public async Task PageThatBreaksJson_KeepsEveryClickRecorded(string path)
    {
        var study = HostilePages.Study(_site.BaseUrl, 2, HostilePages.ThreeClicks(path), HostilePages.ThreeClicks("/counter"));
        var journal = new MemoryJournal();

        var attempts = await new ScriptedRunner(fixture.Config).RunAsync(study, journal, new ScriptedRunOptions { PersonaMode = PersonaMode.Exact, Participants = 2 });

        Assert.All(attempts, a => Assert.Equal(AttemptOutcome.Success, a.Outcome));
        var clicksOnHostilePage = journal.Events.Count(e => e.Kind == EventKind.Click && e.Url!.Contains(path, StringComparison.Ordinal));
        Assert.Equal(6, clicksOnHostilePage);
        Assert.DoesNotContain(journal.Events, e => e.Kind == EventKind.EventsLost);
    }
}
