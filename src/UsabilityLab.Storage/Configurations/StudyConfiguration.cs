using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using UsabilityLab.Storage.Entities;

namespace UsabilityLab.Storage.Configurations;

internal sealed class StudyConfiguration : IEntityTypeConfiguration<StudyRow>
{
    public void Configure(EntityTypeBuilder<StudyRow> builder)
    {
        builder.ToTable("Studies");
        builder.Property(s => s.Name).HasMaxLength(200);
        builder.Property(s => s.Sha256).HasMaxLength(64);
        builder.HasIndex(s => new { s.Name, s.Sha256 });
        builder.HasMany(s => s.Runs).WithOne(r => r.Study).HasForeignKey(r => r.StudyId);
    }
}
