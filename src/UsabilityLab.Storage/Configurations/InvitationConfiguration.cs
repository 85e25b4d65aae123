using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using UsabilityLab.Core.Invitations;
using UsabilityLab.Storage.Entities;

namespace UsabilityLab.Storage.Configurations;

internal sealed class InvitationConfiguration : IEntityTypeConfiguration<InvitationRow>
{
    public void Configure(EntityTypeBuilder<InvitationRow> builder)
    {
        builder.ToTable("Invitations");
        builder.Property(i => i.TokenHash).HasMaxLength(InvitationTokens.HashLength);
        builder.HasIndex(i => i.TokenHash).IsUnique();
        builder.Property(i => i.BrowserHash).HasMaxLength(InvitationTokens.HashLength);
        builder.Property(i => i.StudyPath).HasMaxLength(4096);
        builder.Property(i => i.StudyName).HasMaxLength(400);
        builder.Property(i => i.Participant).HasMaxLength(40);
        // Labels continue after a study's highest; two invites at once that pick the same label: the second insert
        // fails and picks again.
        builder.HasIndex(i => new { i.StudyPath, i.Participant }).IsUnique();
    }
}
