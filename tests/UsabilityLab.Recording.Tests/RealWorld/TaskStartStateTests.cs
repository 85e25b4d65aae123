using UsabilityLab.Core.Events;
using UsabilityLab.Core.Sessions;
using UsabilityLab.Recording.Tests.Support;

namespace UsabilityLab.Recording.Tests.RealWorld;

/// <summary>
/// Each task starts on a fresh load of its start page, also when the start differs from where the previous task left
/// the participant only by the hash (Shoelace's hash routes), unless it says <c>continue: true</c>. The first task
/// types a display name and does not save it; what the second task saves shows whether that typing was still there.
/// </summary>
[Collection(RealWorldCollection.Name)]
public sealed class TaskStartStateTests(RealWorldCorpus corpus)
{
    private const string DraftName = """
        name: Team space settings (Shoelace)
        target: ${CORPUS_SHOELACE_URL}
        viewport: { width: 1280, height: 800 }
        tasks:
          - id: draft-name
            title: Type a display name
            prompt: Type Robin as your display name, but do not save it yet.
            start: /#/settings
            success: [ { url: "*#/settings" } ]
            steps:
              - fill: { selector: "role=textbox[name='Display name']", value: Robin }

        """;

    [Fact]
    public async Task RunAsync_NextStartDiffersOnlyByTheHash_StartsOnAFreshlyLoadedPage()
    {
        var (attempt, events) = await RunSecondTaskAsync(DraftName + """
              - id: save-settings
                title: Save your settings
                prompt: Open your settings and save them as they are.
                start: /#/
                success: [ { text: "Settings saved for Alex" } ]
                steps:
                  - click: "role=link[name='Settings']"
                  - click: "role=button[name='Save settings']"
            """);

        Assert.True(attempt.Outcome == AttemptOutcome.Success, $"{attempt.Outcome}: {attempt.Reason}"); // Robin, typed in the task before, is gone
        Assert.Equal("load", events.First(e => e.Kind == EventKind.Navigation).Detail);
    }

    [Fact]
    public async Task RunAsync_TaskContinues_StartsOnThePageAsThePreviousTaskLeftIt()
    {
        var (attempt, events) = await RunSecondTaskAsync(DraftName + """
              - id: save-draft
                title: Save the name you typed
                prompt: Save the display name you typed.
                continue: true
                success: [ { text: "Settings saved for Robin" } ]
                steps:
                  - click: "role=button[name='Save settings']"
            """);

        Assert.True(attempt.Outcome == AttemptOutcome.Success, $"{attempt.Outcome}: {attempt.Reason}");
        Assert.DoesNotContain(events, e => e.Kind == EventKind.Navigation);
    }

    private async Task<(AttemptRecord Attempt, List<RecordedEvent> Events)> RunSecondTaskAsync(string yaml)
    {
        var journal = new MemoryJournal();

        var attempts = await corpus.RunExactAsync(corpus.ParseStudy(yaml, "shoelace-settings.yaml"), journal);

        Assert.Equal(AttemptOutcome.Success, attempts[0].Outcome);
        var second = attempts[1];
        return (second, [.. journal.Events.Where(e => e.AttemptId == second.Id).OrderBy(e => e.TimeMs)]);
    }
}
