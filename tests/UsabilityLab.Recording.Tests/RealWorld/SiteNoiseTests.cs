using UsabilityLab.Core.Analysis;
using UsabilityLab.Core.Events;
using UsabilityLab.Core.Sessions;
using UsabilityLab.Recording.Tests.Support;

namespace UsabilityLab.Recording.Tests.RealWorld;

/// <summary>
/// Background noise on docsify: on a nested route (<c>#/guide/…</c>) it first asks for that folder's own sidebar,
/// <c>guide/_sidebar.md</c>, which the site does not have (a 404), then falls back to the root one. Nothing a person sees
/// changes. When the lab's loading of the start page caused it, it is site noise; when a participant's click did, it
/// counts as that participant's error unless the study's <c>capture.ignore</c> silences it.
/// </summary>
[Collection(RealWorldCollection.Name)]
public sealed class SiteNoiseTests(RealWorldCorpus corpus)
{
    private const string MissingSidebar = "/guide/_sidebar.md";

    private const string Study = """
        name: Tally CLI docs (docsify)
        target: ${CORPUS_DOCSIFY_URL}
        viewport: { width: 1280, height: 800 }
        tasks:
          - id: faq-from-guide
            title: From the guide to the FAQ
            prompt: You are reading the installation guide. Find out whether Tally can count the words of a PDF file.
            start: /#/guide/installation
            success: [ { url: "*#/faq" }, { text: Convert the PDF to text first } ]
            steps:
              - click: "role=link[name='FAQ']"
          - id: find-install
            title: Find the install command
            prompt: Find the command that installs Tally.
            start: /#/
            success: [ { url: "*#/guide/installation" }, { text: npm install --global tally-cli } ]
            steps:
              - click: "role=link[name='Installation']"

        """;

    [Fact]
    public async Task RunAsync_404OnLoadingTheStartPage_IsSiteNoiseNotTheParticipantsError()
    {
        var (analysis, events) = await RunAsync(Study);

        Assert.Contains(events, e => IsMissingSidebar(e) && e.AttemptId is not null);
        var noise = Assert.Single(analysis.SiteNoise, n => n.What.Contains(MissingSidebar, StringComparison.Ordinal));
        Assert.EndsWith("→ 404", noise.What, StringComparison.Ordinal);
        var faq = analysis.Task("faq-from-guide")!;
        Assert.Equal(1, faq.Successes);
        Assert.Equal(0, faq.AttemptsWithErrors);
    }

    [Fact]
    public async Task RunAsync_404CausedByTheParticipantsClick_ErrorUnlessTheStudyIgnoresIt()
    {
        var (heard, _) = await RunAsync(Study);
        var (ignored, events) = await RunAsync(Study.Replace("viewport:", $"capture: {{ ignore: {{ requests: [\"*{MissingSidebar}\"] }} }}\nviewport:", StringComparison.Ordinal));

        Assert.Equal(1, heard.Task("find-install")!.AttemptsWithErrors); // the click on Installation asked for it
        Assert.True(ignored.Task("find-install")!.AttemptsWithErrors == 0, string.Join("; ", events.Where(e => Core.Signals.SiteNoise.IsError(e.Kind)).Select(e => $"{e.Kind} {e.Detail}")));
        Assert.Equal(2, Assert.Single(ignored.SiteNoise, n => n.What.Contains(MissingSidebar, StringComparison.Ordinal)).Count);
    }

    private static bool IsMissingSidebar(RecordedEvent e) =>
        e.Kind == EventKind.HttpError && e.Value is 404 && e.Detail!.Contains(MissingSidebar, StringComparison.Ordinal);

    private async Task<(RunAnalysis Analysis, List<RecordedEvent> Events)> RunAsync(string yaml)
    {
        var study = corpus.ParseStudy(yaml, "docsify-noise.yaml");
        var journal = new MemoryJournal();

        var attempts = await corpus.RunExactAsync(study, journal);

        Assert.All(attempts, a => Assert.True(a.Outcome == AttemptOutcome.Success, $"{a.TaskId}: {a.Outcome}, {a.Reason}"));
        var events = journal.Events.ToList();
        return (RunAnalyzer.Analyze(study, attempts, events, []), events);
    }
}
