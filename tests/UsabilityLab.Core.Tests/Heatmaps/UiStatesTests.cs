using UsabilityLab.Core.Events;
using UsabilityLab.Core.Heatmaps;

namespace UsabilityLab.Core.Tests.Heatmaps;

public sealed class UiStatesTests
{
    private const string Url = "http://app.test/";

    [Fact]
    public void Split_ClickAfterAViewChange_GoesToThatViewsPictureNamedAfterTheClickThatLedIntoIt()
    {
        RecordedEvent[] events =
        [
            new() { SessionId = 1, Kind = EventKind.Navigation, Url = Url, ViewportWidth = 1280, Detail = "load" },
            State(1, "base"),
            Click(1, "New note", 10),
            State(1, "editor"),
            Click(1, "Save", 400),
            new() { SessionId = 1, Kind = EventKind.Navigation, Url = Url, ViewportWidth = 1280, Detail = "load" },
            Click(1, "Untracked", 20), // after a navigation, no hash sent yet: the page's first picture
        ];
        var page = PageActivityGrouping.Group(events).Single();

        var views = UiStates.Of(events).Split(page, ["base", "editor"]);

        Assert.Equal(2, views.Count);
        Assert.Equal(("base", (string?)null, 2), (views[0].State, views[0].Name, views[0].Clicks.Count));
        Assert.Equal(("editor", "after 'New note'", "Save"), (views[1].State, views[1].Name, views[1].Clicks.Single().Text));
    }

    [Fact]
    public void Split_ViewWithoutAPicture_FallsBackToThePagesFirstPicture()
    {
        RecordedEvent[] events = [State(1, "base"), Click(1, "Open", 10), State(1, "dialog"), Click(1, "OK", 300)];
        var page = PageActivityGrouping.Group(events).Single();

        var view = Assert.Single(UiStates.Of(events).Split(page, ["base"]));

        Assert.Equal(("base", 2), (view.State, view.Clicks.Count));
    }

    [Fact]
    public void HeatmapFileName_ViewAndTask_AreSlugsAfterThePage()
    {
        var layout = new PageLayout("/", 1280);

        Assert.Equal("click-home@1280.png", HeatmapFileName.Of("click", layout));
        Assert.Equal("click-home@1280--after-new-note--task-write_1.png", HeatmapFileName.Of("click", layout, "after 'New note'", "Write_1"));
    }

    private static RecordedEvent State(long session, string hash) =>
        new() { SessionId = session, Kind = EventKind.UiState, Url = Url, ViewportWidth = 1280, Detail = hash };

    private static RecordedEvent Click(long session, string text, double y) =>
        new() { SessionId = session, Kind = EventKind.Click, Url = Url, ViewportWidth = 1280, X = 100, Y = y, Text = text, Selector = $"text={text}" };
}
