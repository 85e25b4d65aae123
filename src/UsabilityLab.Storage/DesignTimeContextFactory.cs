using Microsoft.EntityFrameworkCore.Design;

namespace UsabilityLab.Storage;

/// <summary>Lets the migration scaffolder (tools/add-migration.cs) build the model without a running app.</summary>
public sealed class DesignTimeContextFactory : IDesignTimeDbContextFactory<LabDbContext>
{
    public LabDbContext CreateDbContext(string[] args) => new(LabDatabase.Options("Data Source=design-time.db"));
}
