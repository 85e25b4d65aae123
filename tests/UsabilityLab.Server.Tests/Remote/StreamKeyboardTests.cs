using UsabilityLab.Core.Events;
using UsabilityLab.Server.Tests.ModeratorConsole;
using UsabilityLab.Server.Tests.Support;
using UsabilityLab.Storage;

namespace UsabilityLab.Server.Tests.Remote;

/// <summary>
/// Typing through the stream: the participant clicks the shop's search field on the canvas and types; the text reaches
/// the field (as inserted text), Enter submits the form, and the lab records the typing's length, never the text.
/// </summary>
[Collection(ModerationCollection.Name)]
public sealed class StreamKeyboardTests(ModerationFixture fixture)
{
    [Fact]
    public async Task TypeThroughStream_TextAndEnter_ReachTheFieldAndTextNotRecorded()
    {
        await using var rig = await RemoteRig.StartAsync(fixture, openConsole: false);
        await rig.ConsentAsync();
        await rig.LabPage.ArriveAtAsync(fixture.Site.BaseUrl.ToString());

        var field = await rig.LabPage.Locator("#search").BoundingBoxAsync() ?? throw new InvalidOperationException("no search field");
        var canvas = await rig.Participant.Locator("#screen").BoundingBoxAsync() ?? throw new InvalidOperationException("no canvas");
        await rig.Participant.Mouse.ClickAsync(
            canvas.X + (float)((field.X + field.Width / 2) * canvas.Width / 1280), canvas.Y + (float)((field.Y + field.Height / 2) * canvas.Height / 800));
        await rig.LabPage.WaitForFunctionAsync("() => document.activeElement && document.activeElement.id === 'search'", null, new() { Timeout = 10_000 });

        await rig.Participant.Keyboard.TypeAsync("tent");
        await rig.LabPage.WaitForFunctionAsync("() => document.getElementById('search').value === 'tent'", null, new() { Timeout = 10_000 });
        await rig.Participant.Keyboard.PressAsync("Enter");
        await rig.LabPage.WaitForFunctionAsync("() => new URLSearchParams(location.search).get('q') === 'tent' && document.readyState === 'complete'", null, new() { Timeout = 10_000 });

        // The typing is recorded when it ends (here at the page's unload) and sent from the next page: wait until it is stored.
        var reader = new RunReader(rig.Database);
        static bool TypedInSearch(RecordedEvent e) => e.Kind == EventKind.Input && e.Selector is { } s && s.Contains("search", StringComparison.Ordinal);
        var deadline = DateTime.UtcNow.AddSeconds(15);
        while (!(await reader.LoadAsync(rig.RunId)).Events.Any(TypedInSearch) && DateTime.UtcNow < deadline)
        {
            await Task.Delay(200);
        }

        await rig.Session.EndAsync();
        var data = await reader.LoadAsync(rig.RunId);
        Assert.Contains(data.Events, e => TypedInSearch(e) && e.Value == 4); // its length only
        Assert.Contains(data.Events, e => e.Kind == EventKind.Key && e.Detail == "Enter");
        Assert.DoesNotContain(data.Events, e => (e.Text ?? "").Contains("tent", StringComparison.Ordinal) || (e.Detail ?? "").Contains("tent", StringComparison.Ordinal));
    }
}
