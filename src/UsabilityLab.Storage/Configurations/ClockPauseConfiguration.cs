using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using UsabilityLab.Storage.Entities;

namespace UsabilityLab.Storage.Configurations;

internal sealed class ClockPauseConfiguration : IEntityTypeConfiguration<ClockPauseRow>
{
    public void Configure(EntityTypeBuilder<ClockPauseRow> builder)
    {
        builder.ToTable("ClockPauses");
        builder.HasIndex(p => p.SessionId);
        builder.HasOne<SessionRow>().WithMany().HasForeignKey(p => p.SessionId);
    }
}
