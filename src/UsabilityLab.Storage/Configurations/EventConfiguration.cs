using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using UsabilityLab.Storage.Entities;

namespace UsabilityLab.Storage.Configurations;

internal sealed class EventConfiguration : IEntityTypeConfiguration<EventRow>
{
    public void Configure(EntityTypeBuilder<EventRow> builder)
    {
        builder.ToTable("Events");
        builder.Property(e => e.Kind).HasConversion<string>().HasMaxLength(20);
        // Analysis reads a session's events in time order; the heatmap reads clicks by page.
        builder.HasIndex(e => new { e.SessionId, e.TimeMs });
        builder.HasIndex(e => e.AttemptId);
        builder.HasOne<SessionRow>().WithMany().HasForeignKey(e => e.SessionId);
    }
}
