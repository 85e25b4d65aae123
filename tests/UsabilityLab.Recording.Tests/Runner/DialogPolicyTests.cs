using UsabilityLab.Core.Events;
using UsabilityLab.Core.Runs;
using UsabilityLab.Core.Sessions;
using UsabilityLab.Core.Studies;
using UsabilityLab.Recording.Runner;
using UsabilityLab.Recording.Tests.Support;
using UsabilityLab.Tests.Shared;

namespace UsabilityLab.Recording.Tests.Runner;

/// <summary>A page's confirm is answered as the study says (a task may say otherwise), never silently: the answer is recorded.</summary>
[Collection(BrowserCollection.Name)]
public sealed class DialogPolicyTests(BrowserFixture fixture) : IAsyncLifetime
{
    private LoopbackSite _site = null!;

    public async Task InitializeAsync() => _site = await HostilePages.StartAsync();

    public async Task DisposeAsync() => await _site.DisposeAsync();

    [Theory]
    [InlineData(DialogPolicy.Accept, null, AttemptOutcome.Success, "(accepted)")]
    [InlineData(DialogPolicy.Dismiss, null, AttemptOutcome.Failed, "(dismissed)")]
    [InlineData(DialogPolicy.Dismiss, DialogPolicy.Accept, AttemptOutcome.Success, "(accepted)")]
    public async Task Confirm_AnsweredByThePolicyInForce_AndRecorded(DialogPolicy study, DialogPolicy? task, AttemptOutcome outcome, string answer)
    {
        var confirm = HostilePages.Task("/confirm", timeLimitSeconds: 10) with { Dialogs = task };
        var journal = new MemoryJournal();

        var attempts = await new ScriptedRunner(fixture.Config).RunAsync(HostilePages.Study(_site.BaseUrl, 1, confirm) with { Dialogs = study }, journal,
            new ScriptedRunOptions { PersonaMode = PersonaMode.Exact, Participants = 1 });

        Assert.Equal(outcome, Assert.Single(attempts).Outcome);
        var dialog = Assert.Single(journal.Events, e => e.Kind == EventKind.Dialog);
        Assert.Equal($"confirm: Discard changes? {answer}", dialog.Detail);
    }
}
