using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using UsabilityLab.Storage.Entities;

namespace UsabilityLab.Storage.Configurations;

internal sealed class ParticipantConfiguration : IEntityTypeConfiguration<ParticipantRow>
{
    public void Configure(EntityTypeBuilder<ParticipantRow> builder)
    {
        builder.ToTable("Participants");
        builder.HasIndex(p => new { p.RunId, p.Label }).IsUnique();
        builder.HasMany(p => p.Sessions).WithOne(s => s.Participant).HasForeignKey(s => s.ParticipantId);
    }
}
