using UsabilityLab.Core.Events;
using UsabilityLab.Core.Studies;
using UsabilityLab.Recording.Capture;
using UsabilityLab.Recording.Tests.Support;

namespace UsabilityLab.Recording.Tests.Capture;

public sealed class SessionRecorderTests
{
    private const string Defines = """[{"p":"pg1","s":1,"t":1000,"u":"http://shop/","w":1280,"d":[[0,"#buy","button","Buy",1,10,20,80,30]],"e":[[0,0,30,30,0,0],[3,40,200,200]]}]""";
    private const string References = """[{"p":"pg1","s":3,"t":1100,"u":"http://shop/","w":1280,"e":[[0,0,31,31,0,0]]}]""";

    [Fact]
    public void OnBatch_BatchResentAfterANavigation_RecordedOnceWithItsElement()
    {
        var journal = new MemoryJournal();
        var recorder = new SessionRecorder(journal, sessionId: 1, new ParticipantClock(), CapturePolicy.Default);

        recorder.OnBatch(Defines);
        recorder.OnBatch(References);
        recorder.OnBatch("[" + Defines[1..^1] + "," + References[1..^1] + "]"); // carried from the next page: both again

        var clicks = journal.Events.Where(e => e.Kind == EventKind.Click).ToList();
        Assert.Equal(2, clicks.Count);
        Assert.All(clicks, c => Assert.Equal(("#buy", "Buy", true), (c.Selector, c.Text, c.Interactive)));
        Assert.Equal(3, journal.Events.Count);
    }
}
