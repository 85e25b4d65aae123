using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using UsabilityLab.Storage.Entities;

namespace UsabilityLab.Storage.Configurations;

internal sealed class ScreenFrameConfiguration : IEntityTypeConfiguration<ScreenFrameRow>
{
    public void Configure(EntityTypeBuilder<ScreenFrameRow> builder)
    {
        builder.ToTable("ScreenFrames");
        // The report asks for "the frame on screen at time T": the latest frame at or before T in a session.
        builder.HasIndex(f => new { f.SessionId, f.TimeMs });
        builder.HasOne<SessionRow>().WithMany().HasForeignKey(f => f.SessionId);
    }
}
