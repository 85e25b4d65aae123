using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace UsabilityLab.Storage;

/// <summary>
/// The lab's model on PostgreSQL. EF Core matches migrations to a context by its exact type, so PostgreSQL's migrations
/// (<c>Migrations/PostgreSql/</c>) name this type and SQLite's name <see cref="LabDbContext"/>: one model, two sets of
/// migrations, one assembly.
/// </summary>
internal sealed class PostgresLabDbContext(DbContextOptions<PostgresLabDbContext> options) : LabDbContext(options)
{
    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder)
    {
        // timestamptz holds UTC only (Npgsql refuses another offset); the lab writes UTC, and this keeps a caller's
        // local time from failing a write.
        configurationBuilder.Properties<DateTimeOffset>().HaveConversion<UtcConverter>();
    }

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        base.OnModelCreating(modelBuilder);
        // SQLite never enforced the model's lengths, so a value one store takes the other must take too (a study name
        // is as long as its author wrote it): text, which PostgreSQL stores as varchar without the limit.
        foreach (var property in modelBuilder.Model.GetEntityTypes().SelectMany(e => e.GetProperties()))
        {
            if ((property.GetValueConverter()?.ProviderClrType ?? property.GetProviderClrType() ?? property.ClrType) == typeof(string))
            {
                property.SetColumnType("text");
            }
        }
    }

    internal sealed class UtcConverter() : ValueConverter<DateTimeOffset, DateTimeOffset>(v => v.ToUniversalTime(), v => v);
}
