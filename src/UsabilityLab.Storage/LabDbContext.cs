using Microsoft.EntityFrameworkCore;
using UsabilityLab.Storage.Entities;

namespace UsabilityLab.Storage;

/// <summary>
/// The lab's database. Configurations live one per entity in <c>Configurations/</c>. Internal, like its rows: other
/// projects hand Storage Core records and get Core records back, so the schema can change without them
/// (<c>tests/UsabilityLab.Storage.Tests/Conventions/StorageApiTests.cs</c>). This type is the SQLite store's context, which its
/// migrations (<c>Migrations/</c>) name; PostgreSQL's is <see cref="PostgresLabDbContext"/>, the same model under
/// another type so that each provider finds its own migrations in this one assembly.
/// </summary>
internal class LabDbContext : DbContext
{
    public LabDbContext(DbContextOptions<LabDbContext> options)
        : base(options)
    {
    }

    protected LabDbContext(DbContextOptions options)
        : base(options)
    {
    }

    public DbSet<StudyRow> Studies => Set<StudyRow>();
    public DbSet<RunRow> Runs => Set<RunRow>();
    public DbSet<RunShardRow> RunShards => Set<RunShardRow>();
    public DbSet<TaskDefinitionRow> TaskDefinitions => Set<TaskDefinitionRow>();
    public DbSet<ParticipantRow> Participants => Set<ParticipantRow>();
    public DbSet<SessionRow> Sessions => Set<SessionRow>();
    public DbSet<TaskAttemptRow> TaskAttempts => Set<TaskAttemptRow>();
    public DbSet<EventRow> Events => Set<EventRow>();
    public DbSet<PageSnapshotRow> PageSnapshots => Set<PageSnapshotRow>();
    public DbSet<QuestionnaireResponseRow> QuestionnaireResponses => Set<QuestionnaireResponseRow>();
    public DbSet<NoteRow> Notes => Set<NoteRow>();
    public DbSet<UserAccountRow> UserAccounts => Set<UserAccountRow>();
    public DbSet<InvitationRow> Invitations => Set<InvitationRow>();

    protected override void OnModelCreating(ModelBuilder modelBuilder) =>
        modelBuilder.ApplyConfigurationsFromAssembly(typeof(LabDbContext).Assembly);
}
