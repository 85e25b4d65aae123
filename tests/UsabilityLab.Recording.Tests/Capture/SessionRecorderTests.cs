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

    [Fact]
    public void ReportLoss_GapInAPagesSequenceAndAMalformedBatch_RecordedOnceAsEventsLost()
    {
        var journal = new MemoryJournal();
        var recorder = new SessionRecorder(journal, sessionId: 1, new ParticipantClock(), CapturePolicy.Default);
        const string Later = """[{"p":"pg1","s":6,"t":1300,"u":"http://shop/","w":1280,"e":[[0,0,32,32,0,0]]}]""";

        recorder.OnBatch(Defines); // events 1 and 2
        recorder.OnBatch("[{\"x\":"); // what became of events 3 to 5 nobody can tell
        recorder.OnBatch(Later); // event 6
        recorder.ReportLoss();
        recorder.ReportLoss();

        var lost = Assert.Single(journal.Events, e => e.Kind == EventKind.EventsLost);
        Assert.Equal(3, lost.Value);
        Assert.Contains("1 batch did not decode", lost.Detail, StringComparison.Ordinal);
    }

    [Fact]
    public void ReportLoss_EverythingArrived_RecordsNothing()
    {
        var journal = new MemoryJournal();
        var recorder = new SessionRecorder(journal, sessionId: 1, new ParticipantClock(), CapturePolicy.Default);

        recorder.OnBatch(Defines);
        recorder.OnBatch(References);
        recorder.ReportLoss();

        Assert.DoesNotContain(journal.Events, e => e.Kind == EventKind.EventsLost);
    }
}
