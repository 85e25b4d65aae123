using UsabilityLab.Core.Events;
using UsabilityLab.Core.Runs;
using UsabilityLab.Core.Sessions;
using UsabilityLab.Recording.Runner;
using UsabilityLab.Recording.Tests.Support;

namespace UsabilityLab.Recording.Tests.RealWorld;

/// <summary>
/// scenarios/real-world/docsify-mobile.yaml on the real docsify: participants on Playwright's "iPhone 13" and "Pixel 7"
/// descriptors tap (through the sidebar's menu button, which only phones show), and the recorder stores the taps as
/// clicks with the touch pointer, at each device's own width.
/// </summary>
[Collection(RealWorldCollection.Name)]
public sealed class TouchTests(RealWorldCorpus corpus)
{
    [Theory]
    [InlineData(PersonaMode.Exact)]
    [InlineData(PersonaMode.Mixed)]
    public async Task PhoneParticipants_TapThroughDocsify_ClicksRecordedAsTouchPerDeviceWidth(PersonaMode mode)
    {
        var study = corpus.LoadStudy("docsify-mobile");
        var journal = new MemoryJournal();

        var attempts = await new ScriptedRunner(corpus.Config).RunAsync(study, journal, new ScriptedRunOptions { PersonaMode = mode, Participants = 2 });

        Assert.Equal(2, attempts.Count);
        // The exact persona taps the golden path through; a simulated person may lose the way, never end in a tool error.
        var expected = mode == PersonaMode.Exact ? [AttemptOutcome.Success] : new[] { AttemptOutcome.Success, AttemptOutcome.Abandoned, AttemptOutcome.Failed };
        Assert.All(attempts, a => Assert.True(expected.Contains(a.Outcome), $"{a.Participant}: {a.Outcome}, {a.Reason}"));
        Assert.Equal(["iPhone 13", "Pixel 7"], journal.Devices.OrderBy(d => d.Key).Select(d => d.Value));
        var clicks = journal.Events.Where(e => e.IsClick).ToArray();
        Assert.NotEmpty(clicks);
        Assert.All(clicks, c => Assert.Equal(PointerKind.Touch, c.Pointer));
        Assert.Contains(clicks, c => c.Text is { } text && text.Contains("Installation", StringComparison.Ordinal));
        // A finger does not hover: no pointer glides over the page on its way to a target. The browser's compatibility
        // mouse events put the only moves where a tap landed (and at the corner, 0,0, as a page loads).
        Assert.All(journal.Events.Where(e => e.Kind == EventKind.MouseMove), m => Assert.True(
            (m.X == 0 && m.Y == 0) || clicks.Any(c => c.SessionId == m.SessionId && Math.Abs(c.X!.Value - m.X!.Value) <= 1 && Math.Abs(c.Y!.Value - m.Y!.Value) <= 1),
            $"a move to {m.X},{m.Y} where no tap landed"));
        // The two phones' layouts (390 and 412 CSS px) stay apart, as every width does in heatmaps.
        Assert.Equal([390, 412], clicks.Select(c => c.ViewportWidth ?? 0).Distinct().Order());
    }
}
