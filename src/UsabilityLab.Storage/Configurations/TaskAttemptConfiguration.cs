using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using UsabilityLab.Storage.Entities;

namespace UsabilityLab.Storage.Configurations;

internal sealed class TaskAttemptConfiguration : IEntityTypeConfiguration<TaskAttemptRow>
{
    public void Configure(EntityTypeBuilder<TaskAttemptRow> builder)
    {
        builder.ToTable("TaskAttempts");
        builder.Property(a => a.Outcome).HasConversion<string>().HasMaxLength(20);
        builder.Property(a => a.AutomaticOutcome).HasConversion<string>().HasMaxLength(20);
        builder.HasIndex(a => new { a.SessionId, a.TaskKey });
    }
}
