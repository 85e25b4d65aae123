using UsabilityLab.Core.Studies.Loading;

namespace UsabilityLab.Core.Tests.Studies;

public class SuggestionsTests
{
    [Theory]
    [InlineData("kitten", "sitting", 3)]
    [InlineData("", "abc", 3)]
    [InlineData("flaw", "lawn", 2)]
    [InlineData("same", "same", 0)]
    public void Distance_KnownPairs_MatchesLevenshtein(string a, string b, int expected) =>
        Assert.Equal(expected, Suggestions.Distance(a, b));

    [Theory]
    [InlineData("timelimit", "timeLimit")]
    [InlineData("titel", "title")]
    [InlineData("promt", "prompt")]
    [InlineData("optimalpaths", "optimalPath")]
    public void Closest_Typo_SuggestsKey(string input, string expected) =>
        Assert.Equal(expected, Suggestions.Closest(input, ["id", "title", "prompt", "start", "timeLimit", "success", "optimalPath", "steps"]));

    [Theory]
    [InlineData("x")]
    [InlineData("description")]
    [InlineData("id")]
    public void Closest_NothingClose_ReturnsNull(string input) =>
        Assert.Null(Suggestions.Closest(input, ["id", "url", "text"]));

    [Fact]
    public void Hint_NothingClose_ListsCandidates() =>
        Assert.Equal("; use one of url, text, selector", Suggestions.Hint("colour", ["url", "text", "selector"]));
}
