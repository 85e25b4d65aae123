using UsabilityLab.Application.Tests.Support;
using UsabilityLab.Storage;

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

    [Fact]
    public async Task Of_PostgresDatabase_NamedByTheDatabase_HashedByWhereItIs()
    {
        await using var run = await ImportedRun.CreateAsync("participant,task,outcome,time_s\nP1,a,success,10\n", StoreKind.PostgreSql);

        var name = OutputNames.Of(run.Store, 1);

        Assert.Matches("^lab_test_[0-9a-f]{16}-[0-9a-f]{6}-run-1$", name);
        Assert.StartsWith("postgresql://lab@127.0.0.1:", run.Store.Location, StringComparison.Ordinal);
    }
}
