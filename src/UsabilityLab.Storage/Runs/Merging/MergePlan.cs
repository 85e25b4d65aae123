using UsabilityLab.Storage.Entities;

namespace UsabilityLab.Storage.Runs.Merging;

/// <summary>
/// Every table a run's rows live in, parents before children, as <see cref="ShardMerger"/> copies them. A new entity or
/// a new column naming another row must be added here: <c>MergePlanTests</c> fails on an entity of the EF Core model
/// that is neither planned nor listed in <see cref="NotRunScoped"/>, and on an id column no reference covers.
/// </summary>
internal static class MergePlan
{
    /// <summary>The tables, in the order their rows are written (a row's parent first).</summary>
    public static IReadOnlyList<MergeTable> Tables { get; } =
    [
        new() { Entity = typeof(StudyRow), Role = MergeRole.Reused },
        new() { Entity = typeof(RunRow), Role = MergeRole.Single, References = Refs((nameof(RunRow.StudyId), typeof(StudyRow))) },
        Copied<RunShardRow>(nameof(RunShardRow.RunId), typeof(RunRow)) with { ShardProperty = nameof(RunShardRow.Shard) },
        Copied<TaskDefinitionRow>(nameof(TaskDefinitionRow.RunId), typeof(RunRow)) with { RunWide = true, Duplicates = MergeDuplicates.FirstKept },
        Copied<ParticipantRow>(nameof(ParticipantRow.RunId), typeof(RunRow)) with { ShardProperty = nameof(ParticipantRow.Shard) },
        Copied<SessionRow>(nameof(SessionRow.ParticipantId), typeof(ParticipantRow), (nameof(SessionRow.RunId), typeof(RunRow))),
        Copied<QuestionnaireResponseRow>(nameof(QuestionnaireResponseRow.ParticipantId), typeof(ParticipantRow), (nameof(QuestionnaireResponseRow.RunId), typeof(RunRow))),
        Copied<TaskAttemptRow>(nameof(TaskAttemptRow.SessionId), typeof(SessionRow)),
        Copied<EventRow>(nameof(EventRow.SessionId), typeof(SessionRow), (nameof(EventRow.AttemptId), typeof(TaskAttemptRow))),
        Copied<NoteRow>(nameof(NoteRow.SessionId), typeof(SessionRow), (nameof(NoteRow.AttemptId), typeof(TaskAttemptRow))),
        Copied<ClockPauseRow>(nameof(ClockPauseRow.SessionId), typeof(SessionRow), (nameof(ClockPauseRow.AttemptId), typeof(TaskAttemptRow))),
        Copied<AudioClipRow>(nameof(AudioClipRow.SessionId), typeof(SessionRow)),
        Copied<AudioChunkRow>(nameof(AudioChunkRow.ClipId), typeof(AudioClipRow)),
        Copied<ScreenFrameRow>(nameof(ScreenFrameRow.SessionId), typeof(SessionRow)),
        Copied<PageSnapshotRow>(nameof(PageSnapshotRow.RunId), typeof(RunRow)) with { RunWide = true, Duplicates = MergeDuplicates.FirstKept },
    ];

    /// <summary>
    /// Entities of the model that belong to no run: a merge leaves them alone, on purpose. The dashboard's accounts are
    /// the target store's own; a shard file's (a copy of a store with accounts, say) never sign in to it. Invitation
    /// links are the lab server's, made for its store: a shard (a scripted run's) has none to bring, and a copied link
    /// would admit a participant twice.
    /// </summary>
    public static IReadOnlyList<Type> NotRunScoped { get; } = [typeof(UserAccountRow), typeof(InvitationRow)];

    private static MergeTable Copied<TRow>(string scope, Type parent, params (string Property, Type Entity)[] more) => new()
    {
        Entity = typeof(TRow),
        Role = MergeRole.Copied,
        Scope = scope,
        References = Refs([(scope, parent), .. more]),
    };

    private static Dictionary<string, Type> Refs(params (string Property, Type Entity)[] references) =>
        references.ToDictionary(r => r.Property, r => r.Entity, StringComparer.Ordinal);
}
