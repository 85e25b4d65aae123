using UsabilityLab.Storage.Runs.Merging;

namespace UsabilityLab.Storage.Tests.Runs.Merging;

/// <summary>
/// <c>lab merge</c> copies a run table by table (<see cref="MergePlan"/>): an entity or an id column added to the model
/// and forgotten there would be left behind, or copied with ids that point at another run's rows. These fail first.
/// </summary>
public sealed class MergePlanTests
{
    [Fact]
    public async Task Tables_OfTheMergePlan_EveryEntityOfTheModelPlannedOrListedAsNotRunScoped()
    {
        var model = await ModelAsync();
        var planned = MergePlan.Tables.Select(t => t.Entity).Concat(MergePlan.NotRunScoped).ToHashSet();

        var forgotten = model.GetEntityTypes().Select(e => e.ClrType).Where(t => !planned.Contains(t)).Select(t => t.Name);

        Assert.Empty(forgotten);
        Assert.Equal(planned.Count, MergePlan.Tables.Count + MergePlan.NotRunScoped.Count); // each entity once
    }

    [Fact]
    public async Task References_OfEachPlannedTable_CoverEveryForeignKeyAndEveryIdColumn()
    {
        var model = await ModelAsync();

        var uncovered = MergePlan.Tables.SelectMany(table =>
        {
            var entity = model.FindEntityType(table.Entity)!;
            var key = entity.FindPrimaryKey()!.Properties.Select(p => p.Name);
            var foreign = entity.GetForeignKeys().SelectMany(fk => fk.Properties.Select(p => (p.Name, Target: fk.PrincipalEntityType.ClrType)));
            var named = entity.GetProperties().Where(p => p.Name.EndsWith("Id", StringComparison.Ordinal) && !key.Contains(p.Name)).Select(p => (p.Name, Target: (Type?)null));
            return foreign.Select(f => (f.Name, Target: (Type?)f.Target)).Concat(named)
                .Where(c => !table.References.TryGetValue(c.Name, out var target) || (c.Target is not null && c.Target != target))
                .Select(c => $"{table.Entity.Name}.{c.Name}");
        });

        Assert.Empty(uncovered);
    }

    [Fact]
    public void Tables_OfTheMergePlan_ParentsWrittenBeforeTheirChildren()
    {
        var order = MergePlan.Tables.Select((t, i) => (t.Entity, i)).ToDictionary(x => x.Entity, x => x.i);

        var early = MergePlan.Tables.SelectMany(t => t.References.Values.Where(parent => order[parent] >= order[t.Entity]).Select(parent => $"{t.Entity.Name} before {parent.Name}"));

        Assert.Empty(early);
        Assert.All(MergePlan.Tables.Where(t => t.Role == MergeRole.Copied), t => Assert.Contains(t.Scope!, t.References.Keys));
    }

    private static async Task<Microsoft.EntityFrameworkCore.Metadata.IModel> ModelAsync()
    {
        await using var temp = new TempDatabase();
        await using var db = (await temp.OpenAsync()).CreateContext();
        return db.Model;
    }
}
