using UsabilityLab.Core.Events;
using UsabilityLab.Core.Sessions;
using UsabilityLab.Server.Tests.Support;
using UsabilityLab.Storage;
using UsabilityLab.Storage.Moderation;

namespace UsabilityLab.Server.Tests.ModeratorConsole;

/// <summary>
/// The issue's bar: one page plays the participant (reads the panel, does a task, says done, answers SEQ/SUS/NPS),
/// another plays the moderator in the console (sees the click in the live feed, adds a note, overrides an outcome);
/// then the database is checked.
/// </summary>
[Collection(ModerationCollection.Name)]
public sealed class ModeratedSessionEndToEndTests(ModerationFixture fixture)
{
    [Fact]
    public async Task ModeratedSession_ParticipantAndModerator_EverythingStoredAndNoPanelEvents()
    {
        await using var rig = await ModeratedRig.StartAsync(fixture, backdrops: true);
        var moderator = rig.Moderator;
        var panel = rig.Panel;
        await panel.WaitForTextAsync("Welcome");

        // Task 1: the moderator shows it, the participant reads it from the panel and starts.
        await moderator.ClickAsync("#next");
        var briefing = await panel.WaitForTextAsync("Find out how many days you have to return an item.");
        Assert.Contains("Task 1 of 2", briefing, StringComparison.Ordinal);
        await panel.ClickAsync("Start task");
        await panel.WaitForTextAsync("I give up");
        await rig.Participant.ArriveAtAsync(fixture.Site.BaseUrl.ToString());

        // The participant finds the help page; the moderator sees the click arrive in the live feed.
        await rig.Participant.ClickAsync("role=link[name='Help']");
        await rig.Participant.ArriveAtAsync("/help");
        await rig.SeeFeedAsync("click", "Help");

        // The moderator notes it with the hotkey; the note belongs to the moment N was pressed.
        var beforeNote = rig.Session.Clock!.NowMs;
        await moderator.Keyboard.PressAsync("n");
        var afterNote = rig.Session.Clock!.NowMs;
        await moderator.SelectOptionAsync("#note-tag", "issue");
        await moderator.SelectOptionAsync("#note-severity", "3");
        await moderator.FillAsync("#note-text", "Looked for returns under Help, not under Returns & Service");
        await moderator.PressAsync("#note-text", "Enter");
        await rig.SeeFeedAsync("note", "Looked for returns");

        await panel.ClickAsync("I'm done");
        await panel.WaitForTextAsync("how difficult or easy");
        await panel.ClickAsync("6");
        await panel.WaitForTextAsync("next task");

        // Task 2: the participant tries, the coupon button fails, they give up; the moderator says it counts.
        await moderator.ClickAsync("#next");
        await panel.WaitForTextAsync("Apply the coupon code WINTER20");
        await panel.ClickAsync("Start task");
        await panel.WaitForTextAsync("I give up");
        await rig.Participant.ArriveAtAsync("/cart");
        // The cart is empty: the participant fetches something first.
        await rig.Participant.GotoAsync(new Uri(fixture.Site.BaseUrl, "product/trail-runner").ToString());
        await rig.Participant.SelectOptionAsync("#size", "42");
        await rig.Participant.ClickAsync("#add-to-cart");
        await rig.Participant.ArriveAtAsync("/product/trail-runner?added=1");
        await rig.Participant.GotoAsync(new Uri(fixture.Site.BaseUrl, "cart").ToString());
        await rig.Participant.FillAsync("#coupon", "WINTER20");
        await rig.Participant.ClickAsync("#apply-coupon");
        await rig.SeeFeedAsync("error", "JavaScript error");
        await panel.ClickAsync("I give up");
        await panel.WaitForTextAsync("how difficult or easy");
        await panel.ClickAsync("2");
        for (var item = 1; item <= 10; item++)
        {
            await panel.WaitForTextAsync($"Statement {item} of 10");
            await panel.ClickAsync(item % 2 == 1 ? "4" : "2");
        }

        await panel.WaitForTextAsync("recommend this website");
        await panel.ClickAsync("8");
        await panel.WaitForTextAsync("All done");

        await moderator.ClickAsync("button[aria-label='Mark Apply a coupon as success']");
        await moderator.Locator("#attempts tr", new() { HasText = "automatic: abandoned" }).WaitForAsync();
        await moderator.ClickAsync("#end");
        await rig.Session.Ended.WaitAsync(TimeSpan.FromSeconds(20));
        var sessionId = rig.Session.SessionId!.Value;
        await rig.Session.DisposeAsync(); // drains the backdrop queue

        var data = await new RunReader(rig.Database).LoadAsync(rig.RunId);
        var returns = Assert.Single(data.Attempts, a => a.TaskId == "find-returns");
        Assert.Equal((AttemptOutcome.Success, (AttemptOutcome?)null, 6), (returns.Outcome, returns.AutomaticOutcome, returns.Seq!.Value));
        Assert.Equal(1, returns.Clicks); // the Help link only: Start task and I'm done were panel clicks
        var coupon = Assert.Single(data.Attempts, a => a.TaskId == "apply-coupon");
        Assert.Equal((AttemptOutcome.Success, (AttemptOutcome?)AttemptOutcome.Abandoned, 2), (coupon.Outcome, coupon.AutomaticOutcome, coupon.Seq!.Value));

        var note = Assert.Single(await new ModerationReader(rig.Database).NotesAsync(rig.RunId));
        Assert.Equal((sessionId, returns.Id, NoteTag.Issue, 3), (note.SessionId, note.AttemptId!.Value, note.Tag, note.Severity));
        Assert.InRange(note.TimeMs, beforeNote, afterNote);
        var helpClick = Assert.Single(data.Events, e => e.Kind == EventKind.Click && e.Text == "Help");
        Assert.True(note.TimeMs > helpClick.TimeMs, "the note was taken after the click it is about");

        Assert.Equal(2, data.Answers.Count(a => a.Instrument == "seq"));
        Assert.Equal(Enumerable.Range(1, 10), data.Answers.Where(a => a.Instrument == "sus").Select(a => a.Item).Order());
        Assert.Equal(8, Assert.Single(data.Answers, a => a.Instrument == "nps").Value);

        // Nothing the participant did in the panel is a page event: no event names the panel, no click or mouse
        // position lies where the panel was clicked.
        Assert.DoesNotContain(data.Events, e => (e.Selector ?? "").Contains("usabilitylab", StringComparison.OrdinalIgnoreCase)
            || (e.Tag ?? "").Contains("usabilitylab", StringComparison.OrdinalIgnoreCase));
        Assert.Equal(17, panel.Clicks.Count);
        foreach (var (x, y) in panel.Clicks)
        {
            Assert.DoesNotContain(data.Events, e => e.ViewportX is { } vx && e.ViewportY is { } vy && Math.Abs(vx - x) < 2 && Math.Abs(vy - y) < 2);
        }

        Assert.DoesNotContain(data.Events, e => e.Kind == EventKind.Key);
        var moderation = new ModerationReader(rig.Database);
        Assert.Equal(SessionStatus.Completed, Assert.Single(await moderation.SessionsAsync(rig.RunId)).Status);
        Assert.True((await moderation.FrameTotalsAsync(rig.RunId)).TryGetValue(sessionId, out var frames) && frames.Count > 0, "screen frames were kept");
        var screenshots = new ScreenshotReader(rig.Database);
        var pictured = (await screenshots.LoadAsync(rig.RunId)).Select(p => p.PageKey).Concat((await screenshots.UnpaintedAsync(rig.RunId)).Select(a => a.Archive.PageKey));
        Assert.Contains(pictured, key => key == "/help");
    }
}
