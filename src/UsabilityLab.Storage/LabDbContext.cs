using Microsoft.EntityFrameworkCore;
using UsabilityLab.Storage.Entities;

namespace UsabilityLab.Storage;

/// <summary>
/// The lab's database. Configurations live one per entity in <c>Configurations/</c>. Internal, like its rows: other
/// projects hand Storage Core records and get Core records back, so the schema can change without them
/// (<c>tests/UsabilityLab.Storage.Tests/Conventions/StorageApiTests.cs</c>).
/// </summary>
internal sealed class LabDbContext(DbContextOptions<LabDbContext> options) : DbContext(options)
{
    public DbSet<StudyRow> Studies => Set<StudyRow>();
    public DbSet<RunRow> Runs => Set<RunRow>();
    public DbSet<TaskDefinitionRow> TaskDefinitions => Set<TaskDefinitionRow>();
    public DbSet<ParticipantRow> Participants => Set<ParticipantRow>();
    public DbSet<SessionRow> Sessions => Set<SessionRow>();
    public DbSet<TaskAttemptRow> TaskAttempts => Set<TaskAttemptRow>();
    public DbSet<EventRow> Events => Set<EventRow>();
    public DbSet<PageSnapshotRow> PageSnapshots => Set<PageSnapshotRow>();
    public DbSet<QuestionnaireResponseRow> QuestionnaireResponses => Set<QuestionnaireResponseRow>();
    public DbSet<NoteRow> Notes => Set<NoteRow>();

    protected override void OnModelCreating(ModelBuilder modelBuilder) =>
        modelBuilder.ApplyConfigurationsFromAssembly(typeof(LabDbContext).Assembly);
}
