using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using UsabilityLab.Storage.Entities;

namespace UsabilityLab.Storage.Configurations;

internal sealed class NoteConfiguration : IEntityTypeConfiguration<NoteRow>
{
    public void Configure(EntityTypeBuilder<NoteRow> builder)
    {
        builder.ToTable("Notes");
        builder.Property(n => n.Tag).HasMaxLength(20);
        builder.HasIndex(n => n.SessionId);
        builder.HasOne<SessionRow>().WithMany().HasForeignKey(n => n.SessionId);
    }
}
