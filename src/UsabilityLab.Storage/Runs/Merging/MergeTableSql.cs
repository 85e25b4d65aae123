using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;
using static UsabilityLab.Storage.Runs.Merging.MergeSql;

namespace UsabilityLab.Storage.Runs.Merging;

/// <summary>
/// One table of <see cref="MergePlan"/> as the EF Core model names it (table, columns, its unique key within the run),
/// and the statements that stage its rows from a shard database and copy them into the output with their ids moved.
/// Every column of the entity is copied, so a column added to an entity comes across without a change here.
/// </summary>
internal sealed class MergeTableSql
{
    /// <summary>What is planned for the table.</summary>
    public required MergeTable Plan { get; init; }

    /// <summary>The table's name.</summary>
    public required string Table { get; init; }

    /// <summary>Every column, the key first.</summary>
    public required IReadOnlyList<string> Columns { get; init; }

    /// <summary>The key column (the row's id).</summary>
    public required string Key { get; init; }

    /// <summary>Columns holding another row's id, with that row's table.</summary>
    public required IReadOnlyDictionary<string, string> References { get; init; }

    /// <summary>The column naming the parent row (see <see cref="MergeTable.Scope"/>), with the parent's table and key column.</summary>
    public (string Column, string Table, string Key)? Scope { get; init; }

    /// <summary>For the study: the run's column naming it, with the run's table and key column.</summary>
    public (string Column, string Table, string Key)? NamedBy { get; init; }

    /// <summary>The column holding the row's shard, when the row has one of its own.</summary>
    public string? ShardColumn { get; init; }

    /// <summary>The columns besides the scope that are unique within the parent (a task's key, a participant's label).</summary>
    public required IReadOnlyList<string> UniqueKey { get; init; }

    /// <summary>The staging table.</summary>
    public string Staged => MergeSql.Staged(Table);

    /// <summary>Every planned table of <paramref name="model"/>, in <see cref="MergePlan"/>'s order.</summary>
    public static IReadOnlyList<MergeTableSql> Resolve(IModel model)
    {
        var entities = MergePlan.Tables.ToDictionary(t => t.Entity, t => model.FindEntityType(t.Entity) ?? throw new InvalidOperationException($"{t.Entity.Name} is not in the model"));
        var tables = entities.ToDictionary(e => e.Key, e => StoreObjectIdentifier.Table(e.Value.GetTableName()!, e.Value.GetSchema()));
        string Column(Type entity, string property) =>
            (entities[entity].FindProperty(property) ?? throw new InvalidOperationException($"{entity.Name}.{property} is not in the model")).GetColumnName(tables[entity])!;
        string KeyOf(Type entity) => Column(entity, entities[entity].FindPrimaryKey()!.Properties.Single().Name);
        (string, string, string) Pointer(Type from, string property, Type to) => (Column(from, property), tables[to].Name, KeyOf(to));

        return [.. MergePlan.Tables.Select(plan =>
        {
            var entity = entities[plan.Entity];
            var namedBy = MergePlan.Tables.Where(t => t.Role == MergeRole.Single)
                .SelectMany(t => t.References.Where(r => r.Value == plan.Entity).Select(r => Pointer(t.Entity, r.Key, t.Entity)))
                .Select(p => ((string, string, string)?)p)
                .FirstOrDefault();
            return new MergeTableSql
            {
                Plan = plan,
                Table = tables[plan.Entity].Name,
                Columns = [.. entity.GetProperties().Select(p => p.GetColumnName(tables[plan.Entity])!)],
                Key = KeyOf(plan.Entity),
                References = plan.References.ToDictionary(r => Column(plan.Entity, r.Key), r => tables[r.Value].Name, StringComparer.Ordinal),
                Scope = plan.Scope is { } scope ? Pointer(plan.Entity, scope, plan.References[scope]) : null,
                NamedBy = namedBy,
                ShardColumn = plan.ShardProperty is { } shard ? Column(plan.Entity, shard) : null,
                UniqueKey = plan.Scope is null ? [] : [.. entity.GetIndexes()
                    .Where(i => i.IsUnique && i.Properties.Any(p => p.Name == plan.Scope))
                    .SelectMany(i => i.Properties.Where(p => p.Name != plan.Scope).Select(p => Column(plan.Entity, p.Name)))],
            };
        })];
    }

    /// <summary>Creates the (empty) staging table: the output's columns, and the input and shard each row came from.</summary>
    public string CreateStaged() =>
        $"CREATE TEMP TABLE {Quote("merge_" + Table)} AS SELECT {List(Columns)}, 0 AS {Source}, 0 AS {ShardOf} FROM main.{Quote(Table)} WHERE 0;";

    /// <summary>
    /// Stages the run's rows of the attached shard database (<c>$src</c>: the input; <c>$run</c>: its run's id there):
    /// the run and its study by id, every other table through its parent's staged rows (so only the run's rows are
    /// read, by the parent's index), in id order.
    /// </summary>
    public string StageSql()
    {
        var into = $"INSERT INTO {Staged} ({List(Columns)}, {Source}, {ShardOf})";
        var from = $"{Shard}.{Quote(Table)}";
        return Plan.Role switch
        {
            MergeRole.Single => $"{into} SELECT {List(Columns, "c")}, $src, NULL FROM {from} c WHERE c.{Quote(Key)} = $run;",
            MergeRole.Reused when NamedBy is ({} column, {} run, {} key) =>
                $"{into} SELECT {List(Columns, "c")}, $src, NULL FROM {from} c WHERE c.{Quote(Key)} = (SELECT r.{Quote(column)} FROM {Shard}.{Quote(run)} r WHERE r.{Quote(key)} = $run);",
            _ when Scope is ({} column, {} parent, {} key) =>
                $"{into} SELECT {List(Columns, "c")}, $src, {ShardExpression} FROM {MergeSql.Staged(parent)} p CROSS JOIN {from} c " +
                $"WHERE p.{Source} = $src AND c.{Quote(column)} = p.{Quote(key)} ORDER BY c.{Quote(Key)};",
            _ => throw new InvalidOperationException($"{Table}: a copied table needs its scope, the study the run that names it"),
        };
    }

    /// <summary>
    /// Copies the staged rows into the output, each id moved by its table's offset for the row's input
    /// (<see cref="MergeSql.Offsets"/>), leaving out the shards the output holds already (<see cref="MergeSql.Skipped"/>)
    /// and, for <see cref="MergeDuplicates.FirstKept"/>, rows whose unique key the output's run or an earlier input has.
    /// <c>$run</c>: the output's run.
    /// </summary>
    public string InsertSql()
    {
        var moved = new List<string>();
        var joins = new List<string>();
        foreach (var column in Columns)
        {
            var table = column == Key ? Table : References.GetValueOrDefault(column);
            if (table is null)
            {
                moved.Add($"s.{Quote(column)}");
                continue;
            }

            var alias = $"o{joins.Count}";
            joins.Add($"JOIN {Offsets} {alias} ON {alias}.tbl = '{table.Replace("'", "''", StringComparison.Ordinal)}' AND {alias}.src = s.{Source}");
            moved.Add($"s.{Quote(column)} + {alias}.off");
        }

        var where = $"(s.{ShardOf} IS NULL OR NOT EXISTS (SELECT 1 FROM {Skipped} k WHERE k.src = s.{Source} AND k.shard = s.{ShardOf}))";
        if (Plan.Duplicates == MergeDuplicates.FirstKept && UniqueKey.Count > 0)
        {
            var same = string.Join(" AND ", UniqueKey.Select(c => $"e.{Quote(c)} IS s.{Quote(c)}"));
            where += $" AND NOT EXISTS (SELECT 1 FROM main.{Quote(Table)} e WHERE e.{Quote(Scope!.Value.Column)} = $run AND {same})" +
                     $" AND NOT EXISTS (SELECT 1 FROM {Staged} e WHERE e.{Source} < s.{Source} AND {same})";
        }

        // Staged input by input, each in id order: in staging order, the rows go in by ascending new id (no sort).
        return $"INSERT INTO main.{Quote(Table)} ({List(Columns)}) SELECT {string.Join(", ", moved)} FROM {Staged} s {string.Join(' ', joins)} WHERE {where} ORDER BY s.rowid;";
    }

    /// <summary>The shard of a staged row: its own column, its parent's, or none for the run's own rows.</summary>
    private string ShardExpression => ShardColumn is { } own ? $"c.{Quote(own)}" : Plan.RunWide ? "NULL" : $"p.{ShardOf}";

    private static string List(IEnumerable<string> columns, string? alias = null) =>
        string.Join(", ", columns.Select(c => alias is null ? Quote(c) : $"{alias}.{Quote(c)}"));
}
