using Microsoft.EntityFrameworkCore.Design;
using UsabilityLab.Storage.Providers;

namespace UsabilityLab.Storage;

/// <summary>
/// As <see cref="DesignTimeContextFactory"/>, for PostgreSQL's model: scaffolding a migration compares models only, so
/// no server is reached.
/// </summary>
internal sealed class PostgresDesignTimeContextFactory : IDesignTimeDbContextFactory<PostgresLabDbContext>
{
    public PostgresLabDbContext CreateDbContext(string[] args) => new(PostgresStore.Options("Host=localhost;Database=design-time"));
}
