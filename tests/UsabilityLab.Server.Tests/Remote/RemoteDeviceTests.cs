using Microsoft.Playwright;
using UsabilityLab.Core.Events;
using UsabilityLab.Server.Tests.ModeratorConsole;
using UsabilityLab.Server.Tests.Support;
using UsabilityLab.Storage;

namespace UsabilityLab.Server.Tests.Remote;

/// <summary>
/// A study's <c>devices:</c> apply to remote participants: the lab's browser is the participant's phone (its viewport,
/// user agent, touch screen), the participant page's canvas takes its size, and a tap on the canvas reaches the page as
/// a touch, recorded as a click with the touch pointer on the element tapped.
/// </summary>
[Collection(ModerationCollection.Name)]
public sealed class RemoteDeviceTests(ModerationFixture fixture)
{
    [Fact]
    public async Task StudyWithPhone_ParticipantTapsCanvas_TouchClickRecordedOnElement()
    {
        var study = fixture.Study() with { Devices = ["iPhone 13"] };
        await using var rig = await RemoteRig.StartAsync(fixture, openConsole: false, study: study, participantWindow: new() { HasTouch = true });
        await rig.ConsentAsync();

        var phone = fixture.Moderator.Device("iPhone 13").ViewportSize!;
        await Assertions.Expect(rig.Participant.Locator("#screen")).ToHaveAttributeAsync("width", phone.Width.ToString(System.Globalization.CultureInfo.InvariantCulture));
        await Assertions.Expect(rig.Participant.Locator("#screen")).ToHaveAttributeAsync("height", phone.Height.ToString(System.Globalization.CultureInfo.InvariantCulture));
        var state = await rig.Participant.EvaluateAsync<int[]>("async () => { const s = await (await fetch('state')).json(); return [s.width, s.height]; }");
        Assert.Equal([phone.Width, phone.Height], state);

        var lab = rig.LabPage;
        Assert.Contains("iPhone", await lab.EvaluateAsync<string>("() => navigator.userAgent"), StringComparison.Ordinal);
        Assert.Equal(phone.Width, await lab.EvaluateAsync<int>("() => innerWidth"));
        await lab.ArriveAtAsync(fixture.Site.BaseUrl.ToString());
        var help = lab.Locator("role=link[name='Help']");
        await help.ScrollIntoViewIfNeededAsync(); // on a phone the shop's links stack below the fold
        var box = await help.BoundingBoxAsync() ?? throw new InvalidOperationException("no Help link");
        var scrollY = await lab.EvaluateAsync<double>("() => scrollY");
        var (x, y) = await rig.OnCanvasAsync(help);

        await rig.Participant.Touchscreen.TapAsync(x, y);

        await lab.ArriveAtAsync("/help");
        await rig.Session.EndAsync();
        var data = await new RunReader(rig.Database).LoadAsync(rig.RunId);
        var click = Assert.Single(data.Events, e => e.Kind == EventKind.Click);
        Assert.Equal(("Help", PointerKind.Touch), (click.Text, click.Pointer));
        Assert.InRange(click.X!.Value, box.X - 2, box.X + box.Width + 2);
        Assert.InRange(click.Y!.Value, box.Y + scrollY - 2, box.Y + scrollY + box.Height + 2); // document coordinates
        Assert.Equal("iPhone 13", Assert.Single(data.Participants).Device);
    }
}
