using UsabilityLab.Core.Errors;
using UsabilityLab.Core.Runs;
using UsabilityLab.Recording.Runner;
using UsabilityLab.Tests.Shared;

namespace UsabilityLab.Recording.Tests.Runner;

/// <summary>Shards slice the roster as Playwright Test slices tests: participant i in shard (i mod N) + 1, drawn as in the whole.</summary>
public sealed class ParticipantRosterShardTests
{
    [Theory]
    [InlineData(7, 3)]
    [InlineData(12, 4)]
    [InlineData(2, 5)]
    public void Roster_Shards_PartitionTheWholeRoster_EachParticipantDrawnAsInIt(int participants, int shards)
    {
        var study = DemoStudies.Create(new Uri("http://example.test/")) with { Devices = ["iPhone 13", "Pixel 7", "Desktop Chrome"] };
        var whole = ParticipantRoster.Build(study, new ScriptedRunOptions { Participants = participants, Seed = 42 });

        var sliced = Enumerable.Range(1, shards)
            .Select(k => ParticipantRoster.Build(study, new ScriptedRunOptions { Participants = participants, Seed = 42, Shard = new Shard(k, shards) }))
            .ToArray();

        Assert.Equal(whole.OrderBy(p => p.Label), sliced.SelectMany(s => s).OrderBy(p => p.Label));
        Assert.Equal(whole.Where((_, i) => i % shards == 1).Select(p => p.Label), shards > 1 ? sliced[1].Select(p => p.Label) : []);
    }

    [Theory]
    [InlineData("2/4", 2, 4)]
    [InlineData("1/1", 1, 1)]
    public void Parse_KOverN_ReadsBoth(string text, int index, int count) => Assert.Equal(new Shard(index, count), Shard.Parse(text));

    [Theory]
    [InlineData("5/4")]
    [InlineData("0/4")]
    [InlineData("2")]
    [InlineData("-1/4")]
    [InlineData("1/1001")]
    [InlineData("a/b")]
    public void Parse_NotAShard_InputErrorNamingTheOption(string text) =>
        Assert.StartsWith($"--shard {text}: use K/N", Assert.Throws<InputException>(() => Shard.Parse(text)).Message, StringComparison.Ordinal);
}
