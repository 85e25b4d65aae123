using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using UsabilityLab.Storage.Entities;

namespace UsabilityLab.Storage.Configurations;

internal sealed class AudioChunkConfiguration : IEntityTypeConfiguration<AudioChunkRow>
{
    public void Configure(EntityTypeBuilder<AudioChunkRow> builder)
    {
        builder.ToTable("AudioChunks");
        // Unique: an upload retried after a lost response must not duplicate a piece of the file.
        builder.HasIndex(c => new { c.ClipId, c.Sequence }).IsUnique();
        builder.HasOne<AudioClipRow>().WithMany().HasForeignKey(c => c.ClipId);
    }
}
