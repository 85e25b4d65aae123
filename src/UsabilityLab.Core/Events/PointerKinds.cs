namespace UsabilityLab.Core.Events;

/// <summary>
/// How a click's pointer is stored: in the click's otherwise unused <see cref="RecordedEvent.Detail"/> column, as
/// "touch" or "pen", and null for a mouse, so the common case costs no byte and the event table needs no new column.
/// </summary>
public static class PointerKinds
{
    /// <summary>The stored text for <paramref name="wire"/> (the recorder's pointer type): "touch", "pen", or null.</summary>
    public static string? Stored(string? wire) => wire is "touch" or "pen" ? wire : null;

    /// <summary>The pointer a click's stored <paramref name="detail"/> names.</summary>
    public static PointerKind Parse(string? detail) => detail switch
    {
        "touch" => PointerKind.Touch,
        "pen" => PointerKind.Pen,
        _ => PointerKind.Mouse,
    };
}
