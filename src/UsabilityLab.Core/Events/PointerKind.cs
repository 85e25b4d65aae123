namespace UsabilityLab.Core.Events;

/// <summary>What pressed for a click (the pointer type of the pointerdown before it).</summary>
public enum PointerKind
{
    /// <summary>A mouse (or a click with no pointer: an older recording).</summary>
    Mouse,

    /// <summary>A finger on a touch screen: a tap.</summary>
    Touch,

    /// <summary>A stylus.</summary>
    Pen,
}

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
