using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using UsabilityLab.Storage.Entities;

namespace UsabilityLab.Storage.Configurations;

internal sealed class RunConfiguration : IEntityTypeConfiguration<RunRow>
{
    public void Configure(EntityTypeBuilder<RunRow> builder)
    {
        builder.ToTable("Runs");
        builder.Property(r => r.Status).HasConversion<string>().HasMaxLength(20);
        builder.Property(r => r.Mode).HasConversion<string>().HasMaxLength(20);
        builder.HasMany(r => r.Tasks).WithOne().HasForeignKey(t => t.RunId);
        builder.HasMany(r => r.Participants).WithOne().HasForeignKey(p => p.RunId);
        builder.HasMany(r => r.Shards).WithOne().HasForeignKey(s => s.RunId);
        builder.Property(r => r.RunKey).HasMaxLength(200);
        // Shards that start at once both try to create the run: one insert wins, the other joins what it created.
        builder.HasIndex(r => r.RunKey).IsUnique();
    }
}
