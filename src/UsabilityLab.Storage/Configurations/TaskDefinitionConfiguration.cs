using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using UsabilityLab.Storage.Entities;

namespace UsabilityLab.Storage.Configurations;

internal sealed class TaskDefinitionConfiguration : IEntityTypeConfiguration<TaskDefinitionRow>
{
    public void Configure(EntityTypeBuilder<TaskDefinitionRow> builder)
    {
        builder.ToTable("TaskDefinitions");
        builder.HasIndex(t => new { t.RunId, t.TaskKey }).IsUnique();
    }
}
