using UsabilityLab.Core.Invitations;

namespace UsabilityLab.Core.Tests.Invitations;

public sealed class ParticipantLabelsTests
{
    [Fact]
    public void Next_NothingTaken_P01Onwards_PastP99ThreeDigits()
    {
        Assert.Equal(["P01", "P02", "P03"], ParticipantLabels.Next([], 3));
        Assert.Equal(["P99", "P100"], ParticipantLabels.Next(["P98"], 2));
    }

    [Fact]
    public void Next_GapsAndOtherLabels_AfterTheHighestNumberedOne()
    {
        Assert.Equal(["P08", "P09"], ParticipantLabels.Next(["P02", "anna", "P07", "P", "Q09", "P0x"], 2));
    }

    [Theory]
    [InlineData("P07", 7)]
    [InlineData("P100", 100)]
    [InlineData("P7", null)]
    [InlineData("P00", null)]
    [InlineData("p07", null)]
    [InlineData("P-1", null)]
    [InlineData("P99999999999", null)]
    public void NumberOf_Label_ItsNumberOrNull(string label, int? number)
    {
        Assert.Equal(number, ParticipantLabels.NumberOf(label));
    }
}
