using UsabilityLab.Application.Tests.Support;

namespace UsabilityLab.Application.Tests;

public sealed class OutputNamesTests
{
    [Fact]
    public async Task Of_TwoDatabasesWithTheSameFileName_GiveDifferentNames_SameRun()
    {
        await using var first = await ImportedRun.CreateAsync("participant,task,outcome,time_s\nP1,a,success,10\n");
        await using var second = await ImportedRun.CreateAsync("participant,task,outcome,time_s\nP1,a,success,10\n");

        var a = OutputNames.Of(first.Store, 1);
        var b = OutputNames.Of(second.Store, 1);

        Assert.NotEqual(a, b);
        Assert.Matches("^lab-[0-9a-f]{6}-run-1$", a);
    }
}
