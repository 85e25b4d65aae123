using UsabilityLab.Core.Events;
using UsabilityLab.Core.Sessions;
using UsabilityLab.Core.Signals;

namespace UsabilityLab.Core.Analysis;

/// <summary>One kind of background noise of the site: the same error (a request by method and URL without its query,
/// or a message) seen <paramref name="Count"/> times by <paramref name="Participants"/> participants.</summary>
/// <param name="Kind">The error's kind.</param>
/// <param name="What">The request (<c>OPTIONS /api/sync</c>, status or failure included) or the message.</param>
/// <param name="Count">How often it happened.</param>
/// <param name="Participants">How many participants' sessions it happened in.</param>
public sealed record NoiseSummary(EventKind Kind, string What, int Count, int Participants)
{
    /// <summary>Groups noise events, most frequent first.</summary>
    public static IReadOnlyList<NoiseSummary> Of(IEnumerable<RecordedEvent> noise, IReadOnlyDictionary<long, AttemptRecord> attempts) =>
        noise.GroupBy(e => (e.Kind, What: Describe(e)))
            .Select(g => new NoiseSummary(g.Key.Kind, g.Key.What, g.Count(),
                g.Select(e => e.AttemptId is { } id && attempts.TryGetValue(id, out var a) ? a.Participant : $"session {e.SessionId}").Distinct(StringComparer.Ordinal).Count()))
            .OrderByDescending(n => n.Count).ThenBy(n => n.What, StringComparer.Ordinal)
            .ToArray();

    private static string Describe(RecordedEvent e)
    {
        var detail = e.Detail ?? "";
        if (e.Kind is not (EventKind.RequestFailed or EventKind.HttpError) || SiteNoise.RequestUrl(detail) is not { } url)
        {
            return detail;
        }

        var method = detail[..detail.IndexOf(' ', StringComparison.Ordinal)];
        var withoutQuery = url.Split('?', '#')[0];
        return e.Kind == EventKind.HttpError && e.Value is { } status ? $"{method} {withoutQuery} → {status:0}" : $"{method} {withoutQuery} failed";
    }
}
