using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using UsabilityLab.Storage.Entities;

namespace UsabilityLab.Storage.Configurations;

internal sealed class AudioClipConfiguration : IEntityTypeConfiguration<AudioClipRow>
{
    public void Configure(EntityTypeBuilder<AudioClipRow> builder)
    {
        builder.ToTable("AudioClips");
        builder.Property(c => c.MimeType).HasMaxLength(100);
        builder.HasIndex(c => c.SessionId);
        builder.HasOne<SessionRow>().WithMany().HasForeignKey(c => c.SessionId);
    }
}
