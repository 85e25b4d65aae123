using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using UsabilityLab.Storage.Entities;

namespace UsabilityLab.Storage.Configurations;

internal sealed class RunShardConfiguration : IEntityTypeConfiguration<RunShardRow>
{
    public void Configure(EntityTypeBuilder<RunShardRow> builder)
    {
        builder.ToTable("RunShards");
        builder.Property(s => s.Status).HasConversion<string>().HasMaxLength(20);
        // Two processes given the same shard: the second insert fails, and it is told who records that shard.
        builder.HasIndex(s => new { s.RunId, s.Shard }).IsUnique();
    }
}
