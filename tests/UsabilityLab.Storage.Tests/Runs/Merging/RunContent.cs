using System.Globalization;
using Microsoft.EntityFrameworkCore;
using UsabilityLab.Storage.Entities;
using UsabilityLab.Storage.Runs.Merging;

namespace UsabilityLab.Storage.Tests.Runs.Merging;

/// <summary>
/// Every row of one run, table by table, as lines that do not depend on ids: each column's value, and in place of a
/// column that names another row (<see cref="MergePlan"/>'s references) that row's natural key (a participant's label,
/// a session's participant and start, an attempt's session, task and start). A run merged from shards then reads exactly
/// as its shards together did.
/// </summary>
internal static class RunContent
{
    public static async Task<SortedDictionary<string, List<string>>> ReadAsync(LabDatabase database, long runId)
    {
        await using var db = database.CreateContext();
        var participants = await db.Participants.AsNoTracking().Where(p => p.RunId == runId).ToListAsync();
        var sessions = await db.Sessions.AsNoTracking().Where(s => s.RunId == runId).ToListAsync();
        var sessionIds = sessions.Select(s => s.Id).ToList();
        var attempts = await db.TaskAttempts.AsNoTracking().Where(a => sessionIds.Contains(a.SessionId)).ToListAsync();
        var clips = await db.Set<AudioClipRow>().AsNoTracking().Where(c => sessionIds.Contains(c.SessionId)).ToListAsync();
        var clipIds = clips.Select(c => c.Id).ToList();
        var rows = new Dictionary<Type, IReadOnlyList<object>>
        {
            [typeof(RunShardRow)] = await db.RunShards.AsNoTracking().Where(s => s.RunId == runId).ToListAsync(),
            [typeof(TaskDefinitionRow)] = await db.TaskDefinitions.AsNoTracking().Where(t => t.RunId == runId).ToListAsync(),
            [typeof(ParticipantRow)] = participants,
            [typeof(SessionRow)] = sessions,
            [typeof(QuestionnaireResponseRow)] = await db.QuestionnaireResponses.AsNoTracking().Where(q => q.RunId == runId).ToListAsync(),
            [typeof(TaskAttemptRow)] = attempts,
            [typeof(EventRow)] = await db.Events.AsNoTracking().Where(e => sessionIds.Contains(e.SessionId)).ToListAsync(),
            [typeof(NoteRow)] = await db.Notes.AsNoTracking().Where(n => sessionIds.Contains(n.SessionId)).ToListAsync(),
            [typeof(ClockPauseRow)] = await db.Set<ClockPauseRow>().AsNoTracking().Where(p => sessionIds.Contains(p.SessionId)).ToListAsync(),
            [typeof(AudioClipRow)] = clips,
            [typeof(AudioChunkRow)] = await db.Set<AudioChunkRow>().AsNoTracking().Where(c => clipIds.Contains(c.ClipId)).ToListAsync(),
            [typeof(ScreenFrameRow)] = await db.Set<ScreenFrameRow>().AsNoTracking().Where(f => sessionIds.Contains(f.SessionId)).ToListAsync(),
            [typeof(PageSnapshotRow)] = await db.PageSnapshots.AsNoTracking().Where(p => p.RunId == runId).ToListAsync(),
        };

        var label = participants.ToDictionary(p => p.Id, p => p.Label);
        var session = sessions.ToDictionary(s => s.Id, s => $"{label[s.ParticipantId]}@{s.StartedAt:O}");
        var attempt = attempts.ToDictionary(a => a.Id, a => $"{session[a.SessionId]}/{a.TaskKey}@{a.StartMs}");
        var clip = clips.ToDictionary(c => c.Id, c => $"{session[c.SessionId]}/clip@{c.StartMs}");
        var natural = new Dictionary<Type, Func<long, string>>
        {
            [typeof(RunRow)] = _ => "the run",
            [typeof(ParticipantRow)] = id => label[id],
            [typeof(SessionRow)] = id => session[id],
            [typeof(TaskAttemptRow)] = id => attempt[id],
            [typeof(AudioClipRow)] = id => clip[id],
        };

        var content = new SortedDictionary<string, List<string>>(StringComparer.Ordinal);
        foreach (var table in MergePlan.Tables.Where(t => t.Role == MergeRole.Copied))
        {
            var planned = rows.TryGetValue(table.Entity, out var found) ? found : throw new InvalidOperationException($"RunContent reads no {table.Entity.Name}: add it");
            content[table.Entity.Name] = [.. planned.Select(row => Line(row, table, natural)).Order(StringComparer.Ordinal)];
        }

        return content;
    }

    private static string Line(object row, MergeTable table, IReadOnlyDictionary<Type, Func<long, string>> natural)
    {
        var cells = new List<string>();
        foreach (var property in row.GetType().GetProperties().OrderBy(p => p.Name, StringComparer.Ordinal))
        {
            var value = property.GetValue(row);
            if (property.Name == "Id" || !IsColumn(property.PropertyType))
            {
                continue;
            }

            cells.Add(table.References.TryGetValue(property.Name, out var target)
                ? $"{property.Name}→{(value is long id ? natural[target](id) : "∅")}"
                : $"{property.Name}={Format(value)}");
        }

        return string.Join(" | ", cells);
    }

    private static bool IsColumn(Type type)
    {
        var bare = Nullable.GetUnderlyingType(type) ?? type;
        return bare.IsPrimitive || bare.IsEnum || bare == typeof(string) || bare == typeof(byte[]) || bare == typeof(DateTimeOffset) || bare == typeof(decimal);
    }

    private static string Format(object? value) => value switch
    {
        null => "∅",
        byte[] bytes => Convert.ToHexString(bytes),
        DateTimeOffset time => time.ToString("O", CultureInfo.InvariantCulture),
        double number => number.ToString("R", CultureInfo.InvariantCulture),
        IFormattable formattable => formattable.ToString(null, CultureInfo.InvariantCulture),
        _ => value.ToString() ?? "",
    };
}
