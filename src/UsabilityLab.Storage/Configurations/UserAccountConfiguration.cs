using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using UsabilityLab.Core.Accounts;
using UsabilityLab.Storage.Entities;

namespace UsabilityLab.Storage.Configurations;

internal sealed class UserAccountConfiguration : IEntityTypeConfiguration<UserAccountRow>
{
    public void Configure(EntityTypeBuilder<UserAccountRow> builder)
    {
        builder.ToTable("UserAccounts");
        builder.Property(a => a.Name).HasMaxLength(AccountNames.MaxLength);
        builder.Property(a => a.NormalizedName).HasMaxLength(AccountNames.MaxLength);
        // Two people adding "alice" and "Alice" at once: the second insert fails, and is told the name is taken.
        builder.HasIndex(a => a.NormalizedName).IsUnique();
        builder.Property(a => a.Role).HasConversion<string>().HasMaxLength(20);
        builder.Property(a => a.PasswordHash).HasMaxLength(400);
        builder.Property(a => a.SecurityStamp).HasMaxLength(64);
    }
}
