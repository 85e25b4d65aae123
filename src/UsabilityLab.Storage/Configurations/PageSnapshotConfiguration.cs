using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using UsabilityLab.Storage.Entities;

namespace UsabilityLab.Storage.Configurations;

internal sealed class PageSnapshotConfiguration : IEntityTypeConfiguration<PageSnapshotRow>
{
    public void Configure(EntityTypeBuilder<PageSnapshotRow> builder)
    {
        builder.ToTable("PageSnapshots");
        builder.Property(p => p.State).HasDefaultValue("");
        builder.HasIndex(p => new { p.RunId, p.PageKey, p.ViewportWidth, p.State }).IsUnique();
        builder.HasOne<RunRow>().WithMany().HasForeignKey(p => p.RunId);
    }
}
