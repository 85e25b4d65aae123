using System.Collections.Concurrent;
using UsabilityLab.Core.Events;
using UsabilityLab.Core.Runs;
using UsabilityLab.Core.Sessions;
using UsabilityLab.Core.Signals;
using UsabilityLab.Recording.Runner;
using UsabilityLab.Recording.Tests.Support;

namespace UsabilityLab.Recording.Tests.RealWorld;

/// <summary>
/// The studies of scenarios/real-world run by simulated people (one expert, one typical, one novice): whatever they
/// do, the tool never ends an attempt by its own failure, every recorded click lies on the element it names, and a
/// click that people went on to type into is never called dead.
/// </summary>
[Collection(RealWorldCollection.Name)]
public sealed class MixedRunTests(RealWorldCorpus corpus)
{
    private const double BoxTolerancePx = 2;

    [Theory]
    [InlineData("docsify")]
    [InlineData("shoelace")]
    [InlineData("swagger-ui")]
    [InlineData("tinymce")]
    public async Task MixedPersonas_EveryTask_NoToolErrorAndClicksOnTheirElements(string app)
    {
        var (attempts, events) = await RunAsync(app);

        Assert.All(attempts, a => Assert.False(a.Outcome is AttemptOutcome.Error or AttemptOutcome.Crashed, $"{a.Participant}/{a.TaskId}: {a.Outcome}, {a.Reason}"));
        var placed = events.Where(e => e.IsClick && e.X is not null && e.BoxX is not null && e.BoxWidth > 0).ToArray();
        Assert.NotEmpty(placed);
        Assert.All(placed, c => Assert.True(DistanceToBox(c) <= BoxTolerancePx,
            $"{c.Selector} clicked at ({c.X:0},{c.Y:0}), box ({c.BoxX:0},{c.BoxY:0},{c.BoxWidth:0}×{c.BoxHeight:0})"));
        var typedAfter = SignalDetector.DetectAll(events).Where(s => s.Kind == SignalKind.DeadClick)
            .Where(s => events.Any(e => e.SessionId == s.Evidence[0].SessionId && e.Kind is EventKind.Input or EventKind.Focus
                && e.Selector == s.Selector && e.TimeMs > s.TimeMs && e.TimeMs - s.TimeMs < 2000))
            .ToArray();
        Assert.True(typedAfter.Length == 0, string.Join("; ", typedAfter.Select(s => $"dead click on {s.Selector}, then typed or focused there")));
    }

    [Fact]
    public async Task MixedPersonas_TinyMceEditorInItsIframe_EveryoneTypesThere()
    {
        var (attempts, events) = await RunAsync("tinymce");

        var writes = attempts.Where(a => a.TaskId == "write-post").ToArray();
        Assert.Equal(3, writes.Length);
        Assert.All(writes, a => Assert.Contains(events, e => e.AttemptId == a.Id && e.Kind == EventKind.Input
            && e.Selector?.Contains(">> internal:control=enter-frame >>", StringComparison.Ordinal) == true));
        Assert.Contains(writes, a => a.Outcome == AttemptOutcome.Success);
    }

    // One run per app serves every test of it (a mixed run of a study takes a minute or two).
    private static readonly ConcurrentDictionary<string, Task<(IReadOnlyList<AttemptRecord>, IReadOnlyList<RecordedEvent>)>> Runs = new(StringComparer.Ordinal);

    private Task<(IReadOnlyList<AttemptRecord> Attempts, IReadOnlyList<RecordedEvent> Events)> RunAsync(string app) => Runs.GetOrAdd(app, RunOnceAsync);

    private async Task<(IReadOnlyList<AttemptRecord>, IReadOnlyList<RecordedEvent>)> RunOnceAsync(string app)
    {
        var journal = new MemoryJournal();
        var attempts = await new ScriptedRunner(corpus.Config).RunAsync(corpus.LoadStudy(app), journal,
            new ScriptedRunOptions { PersonaMode = PersonaMode.Mixed, Participants = 3, Seed = 7 });
        return (attempts, journal.Events.ToArray());
    }

    private static double DistanceToBox(RecordedEvent c)
    {
        var dx = Math.Max(0, Math.Max(c.BoxX!.Value - c.X!.Value, c.X.Value - (c.BoxX.Value + c.BoxWidth!.Value)));
        var dy = Math.Max(0, Math.Max(c.BoxY!.Value - c.Y!.Value, c.Y.Value - (c.BoxY.Value + c.BoxHeight!.Value)));
        return Math.Max(dx, dy);
    }
}
