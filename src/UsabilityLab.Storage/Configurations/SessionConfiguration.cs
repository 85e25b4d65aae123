using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using UsabilityLab.Storage.Entities;

namespace UsabilityLab.Storage.Configurations;

internal sealed class SessionConfiguration : IEntityTypeConfiguration<SessionRow>
{
    // Playwright's longest device name is about 30 characters; room for a few more.
    private const int DeviceNameLength = 60;

    public void Configure(EntityTypeBuilder<SessionRow> builder)
    {
        builder.ToTable("Sessions");
        builder.Property(s => s.Status).HasConversion<string>().HasMaxLength(20);
        builder.Property(s => s.Device).HasMaxLength(DeviceNameLength);
        builder.HasIndex(s => s.RunId);
        builder.HasMany(s => s.Attempts).WithOne(a => a.Session).HasForeignKey(a => a.SessionId);
    }
}
