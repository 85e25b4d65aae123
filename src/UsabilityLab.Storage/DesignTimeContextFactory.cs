using Microsoft.EntityFrameworkCore.Design;
using UsabilityLab.Storage.Providers;

namespace UsabilityLab.Storage;

/// <summary>
/// Lets the migration scaffolder (tools/add-migration.cs) build the SQLite model without a running app. Internal like
/// the context: EF Core's design-time services find it by reflection.
/// </summary>
internal sealed class DesignTimeContextFactory : IDesignTimeDbContextFactory<LabDbContext>
{
    public LabDbContext CreateDbContext(string[] args) => new(SqliteStore.Options("Data Source=design-time.db"));
}

