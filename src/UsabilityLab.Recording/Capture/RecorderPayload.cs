using System.Text.Json;
using System.Text.Json.Serialization;
using UsabilityLab.Core.Events;

namespace UsabilityLab.Recording.Capture;

/// <summary>One event as recorder.js sends it (short keys keep the batches small).</summary>
internal sealed record RecorderPayload
{
    [JsonPropertyName("k")] public string Kind { get; init; } = "";
    [JsonPropertyName("p")] public string? PageId { get; init; }
    [JsonPropertyName("s")] public int Sequence { get; init; }
    [JsonPropertyName("t")] public double WallMs { get; init; }
    [JsonPropertyName("u")] public string? Url { get; init; }
    [JsonPropertyName("w")] public int? ViewportWidth { get; init; }
    [JsonPropertyName("x")] public double? X { get; init; }
    [JsonPropertyName("y")] public double? Y { get; init; }
    [JsonPropertyName("vx")] public double? ViewportX { get; init; }
    [JsonPropertyName("vy")] public double? ViewportY { get; init; }
    [JsonPropertyName("sx")] public double? ScrollX { get; init; }
    [JsonPropertyName("sy")] public double? ScrollY { get; init; }
    [JsonPropertyName("sel")] public string? Selector { get; init; }
    [JsonPropertyName("tag")] public string? Tag { get; init; }
    [JsonPropertyName("txt")] public string? Text { get; init; }
    [JsonPropertyName("int")] public bool? Interactive { get; init; }
    [JsonPropertyName("btn")] public int? Button { get; init; }
    [JsonPropertyName("bx")] public double? BoxX { get; init; }
    [JsonPropertyName("by")] public double? BoxY { get; init; }
    [JsonPropertyName("bw")] public double? BoxWidth { get; init; }
    [JsonPropertyName("bh")] public double? BoxHeight { get; init; }
    [JsonPropertyName("v")] public double? Value { get; init; }
    [JsonPropertyName("d")] public string? Detail { get; init; }

    private static readonly Dictionary<string, EventKind> Kinds = new(StringComparer.Ordinal)
    {
        ["click"] = EventKind.Click,
        ["dblclick"] = EventKind.DblClick,
        ["contextmenu"] = EventKind.ContextMenu,
        ["nav"] = EventKind.Navigation,
        ["scroll"] = EventKind.Scroll,
        ["move"] = EventKind.MouseMove,
        ["focus"] = EventKind.Focus,
        ["input"] = EventKind.Input,
        ["change"] = EventKind.Change,
        ["submit"] = EventKind.Submit,
        ["key"] = EventKind.Key,
        ["resize"] = EventKind.Resize,
        ["visibility"] = EventKind.Visibility,
        ["mutation"] = EventKind.Mutation,
        ["selection"] = EventKind.Selection,
        ["invalid"] = EventKind.ValidationError,
        ["timing"] = EventKind.PageTiming,
    };

    public static IReadOnlyList<RecorderPayload> ParseBatch(string json) =>
        JsonSerializer.Deserialize<List<RecorderPayload>>(json) ?? [];

    /// <summary>Maps to a domain event; null for kinds this version does not know (newer script, older host).</summary>
    public RecordedEvent? ToEvent(long sessionId, long? attemptId, double participantMs) =>
        Kinds.TryGetValue(Kind, out var kind)
            ? new RecordedEvent
            {
                SessionId = sessionId,
                AttemptId = attemptId,
                Kind = kind,
                TimeMs = participantMs,
                Url = Url,
                X = X,
                Y = Y,
                ViewportX = ViewportX,
                ViewportY = ViewportY,
                ScrollX = ScrollX,
                ScrollY = ScrollY,
                Selector = Selector,
                Tag = Tag,
                Text = string.IsNullOrEmpty(Text) ? null : Text,
                Interactive = Interactive,
                Button = Button,
                BoxX = BoxX,
                BoxY = BoxY,
                BoxWidth = BoxWidth,
                BoxHeight = BoxHeight,
                Value = Value,
                Detail = Detail,
                ViewportWidth = ViewportWidth,
            }
            : null;
}
