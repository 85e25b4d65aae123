using UsabilityLab.Core.Events;
using UsabilityLab.Recording.Capture;

namespace UsabilityLab.Recording.Tests.Capture;

public sealed class BatchDecoderTests
{
    private const string Photo = """["#product-photo","div","",0,40,300,400,320]""";

    // Batch 1 defines element 0 and clicks it; batch 2 only references it.
    private static readonly string First = $$"""[{"p":"pg1","s":1,"t":1000,"u":"http://shop/p","w":1280,"d":[[0,{{Photo[1..]}}],"e":[[0,0,80,350,0,0,0,120],[3,16,90,360]]}]""";
    private const string Second = """[{"p":"pg1","s":3,"t":1500,"u":"http://shop/p","w":1280,"e":[[0,5,81,351,0,0]]}]""";

    [Fact]
    public void Decode_ReferenceDefinedInEarlierBatch_ResolvesTheElement()
    {
        var decoder = new BatchDecoder();
        decoder.Decode(First);

        var click = Assert.Single(decoder.Decode(Second));

        Assert.Equal(EventKind.Click, click.Event.Kind);
        Assert.Equal("#product-photo", click.Event.Selector);
        Assert.False(click.Event.Interactive);
        Assert.Equal(300, click.Event.BoxY);
        Assert.Equal((3, 1505.0), (click.Sequence, click.WallMs));
    }

    [Fact]
    public void Decode_ResentBatchAfterLaterOnes_DecodesLikeTheFirstCopy()
    {
        var decoder = new BatchDecoder();
        var original = decoder.Decode(First);
        decoder.Decode(Second);

        var resent = decoder.Decode(First);

        Assert.Equal(original, resent);
    }

    [Fact]
    public void Decode_ReferenceWithoutDefinition_KeepsTheEventWithoutElementFields()
    {
        var click = Assert.Single(new BatchDecoder().Decode(Second));

        Assert.Equal(81, click.Event.X);
        Assert.Null(click.ToEvent(1, null, 0).Selector);
    }

    [Fact]
    public void Decode_SameElementIdOnAnotherPage_IsAnotherElement()
    {
        var decoder = new BatchDecoder();
        decoder.Decode(First);

        var click = Assert.Single(decoder.Decode(Second.Replace("pg1", "pg2", StringComparison.Ordinal)));

        Assert.Null(click.Event.Selector);
    }

    [Fact]
    public void Decode_DeltaTimesAndScrollOffsets_AccumulateWithinTheBatch()
    {
        var events = new BatchDecoder().Decode(First);

        var (click, move) = (events[0], events[1]);
        Assert.Equal((1000.0, 1016.0), (click.WallMs, move.WallMs));
        Assert.Equal((1, 2), (click.Sequence, move.Sequence));
        Assert.Equal((80.0, 230.0, 0.0, 120.0), (click.Event.ViewportX!.Value, click.Event.ViewportY!.Value, click.Event.ScrollX!.Value, click.Event.ScrollY!.Value));
        Assert.Equal((90.0, 240.0), (move.Event.ViewportX!.Value, move.Event.ViewportY!.Value));
        Assert.Null(move.Event.ScrollY);
    }

    [Fact]
    public void Decode_StateEntry_ChangesUrlAndWidthForTheEventsAfterIt()
    {
        const string json = """[{"p":"a","s":1,"t":0,"u":"http://x/1","w":1280,"e":[[5,0,"load"],{"u":"http://x/2","w":800},[5,3,"push"],[11,1,800,"800x600"]]}]""";

        var events = new BatchDecoder().Decode(json);

        Assert.Equal(["http://x/1", "http://x/2", "http://x/2"], events.Select(e => e.Event.Url));
        Assert.Equal([1280, 800, 800], events.Select(e => e.Event.ViewportWidth ?? 0));
        Assert.Equal([1, 2, 3], events.Select(e => e.Sequence));
    }

    [Fact]
    public void Decode_FieldEvents_ValueOnlyWhenSentAndPasswordFlagged()
    {
        const string json = """[{"p":"a","s":1,"t":0,"u":"u","w":1,"d":[[0,"#search","input","",1],[1,"#password","input","",1]],"e":[[8,0,0,4,"tent"],[8,1,1,9,"","password"]]}]""";

        var events = new BatchDecoder().Decode(json).Select(p => p.ToEvent(1, null, 0)).ToList();

        Assert.Equal(("#search", "tent", 4.0), (events[0].Selector, events[0].Text, events[0].Value!.Value));
        Assert.Equal(("#password", null, "password"), (events[1].Selector, events[1].Text, events[1].Detail));
    }

    [Fact]
    public void Decode_UnknownKindCode_SkippedButCountedInTheSequence()
    {
        const string json = """[{"p":"a","s":1,"t":0,"u":"u","w":1,"e":[[99,0,"x"],[13,5,3]]}]""";

        var mutation = Assert.Single(new BatchDecoder().Decode(json));

        Assert.Equal((EventKind.Mutation, 2, 3.0), (mutation.Event.Kind, mutation.Sequence, mutation.Event.Value!.Value));
    }

    [Theory]
    [InlineData("[{\"x\":")]
    [InlineData("{}")]
    [InlineData("\"a string\"")]
    [InlineData("[{\"p\":1,\"s\":\"one\",\"t\":0,\"u\":\"u\",\"w\":1,\"e\":[]}]")]
    [InlineData("[{\"p\":\"a\",\"s\":1,\"t\":0,\"u\":\"u\",\"w\":1,\"e\":5}]")]
    public void Decode_MalformedPayload_DropsItCountsItAndDecodesTheNextOne(string malformed)
    {
        var decoder = new BatchDecoder();

        var dropped = decoder.Decode(malformed);
        var next = decoder.Decode(Second);

        Assert.Empty(dropped);
        Assert.Equal(1, decoder.MalformedBatches);
        Assert.Single(next);
    }

    [Fact]
    public void Decode_OneMalformedBatchAmongOthers_KeepsTheOthers()
    {
        var decoder = new BatchDecoder();
        var mixed = "[" + Second[1..^1] + ",{\"p\":\"pg1\"}]";

        var events = decoder.Decode(mixed);

        Assert.Single(events);
        Assert.Equal(1, decoder.MalformedBatches);
    }
}
