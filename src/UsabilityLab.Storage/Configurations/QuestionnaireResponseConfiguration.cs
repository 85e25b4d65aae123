using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using UsabilityLab.Storage.Entities;

namespace UsabilityLab.Storage.Configurations;

internal sealed class QuestionnaireResponseConfiguration : IEntityTypeConfiguration<QuestionnaireResponseRow>
{
    public void Configure(EntityTypeBuilder<QuestionnaireResponseRow> builder)
    {
        builder.ToTable("QuestionnaireResponses");
        builder.Property(q => q.Instrument).HasMaxLength(10);
        builder.HasIndex(q => new { q.RunId, q.Instrument });
        builder.HasOne<ParticipantRow>().WithMany().HasForeignKey(q => q.ParticipantId);
    }
}
