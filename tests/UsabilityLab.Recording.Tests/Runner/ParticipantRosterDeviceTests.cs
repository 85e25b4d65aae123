using UsabilityLab.Core.Runs;
using UsabilityLab.Recording.Runner;
using UsabilityLab.Tests.Shared;

namespace UsabilityLab.Recording.Tests.Runner;

public sealed class ParticipantRosterDeviceTests
{
    [Fact]
    public void Roster_WithDevices_SpreadsParticipantsInTurnByIndex()
    {
        var study = DemoStudies.Create(new Uri("http://example.test/")) with { Devices = ["iPhone 13", "Pixel 7", "Desktop Chrome"] };

        var roster = ParticipantRoster.Build(study, new ScriptedRunOptions { Participants = 7, Seed = 42 });

        Assert.Equal(["iPhone 13", "Pixel 7", "Desktop Chrome", "iPhone 13", "Pixel 7", "Desktop Chrome", "iPhone 13"], roster.Select(p => p.Device));
    }

    [Fact]
    public void Roster_WithDevices_SameDevicesWhateverTheSeed()
    {
        var study = DemoStudies.Create(new Uri("http://example.test/")) with { Devices = ["iPhone 13", "Desktop Chrome"] };

        var a = ParticipantRoster.Build(study, new ScriptedRunOptions { Participants = 6, Seed = 1 });
        var b = ParticipantRoster.Build(study, new ScriptedRunOptions { Participants = 6, Seed = 99 });

        Assert.Equal(a.Select(p => (p.Label, p.Device)), b.Select(p => (p.Label, p.Device)));
    }

    [Fact]
    public void Roster_WithoutDevices_EveryoneOnTheDesktopBrowser() =>
        Assert.All(ParticipantRoster.Build(DemoStudies.Create(new Uri("http://example.test/")), new ScriptedRunOptions { Participants = 3 }), p => Assert.Null(p.Device));
}
