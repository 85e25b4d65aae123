namespace UsabilityLab.Core.Events;

/// <summary>
/// One recorded event, flat on purpose: the event table is the hot path of ingest and analysis,
/// so every field is a column and optional ones are null.
/// </summary>
public sealed record RecordedEvent
{
    /// <summary>Database id (0 until stored).</summary>
    public long Id { get; init; }

    /// <summary>Session the event belongs to.</summary>
    public long SessionId { get; init; }

    /// <summary>Task attempt the event happened in, if any.</summary>
    public long? AttemptId { get; init; }

    /// <summary>Event kind.</summary>
    public EventKind Kind { get; init; }

    /// <summary>Participant time in milliseconds since the session started (monotonic; includes simulated think time).</summary>
    public double TimeMs { get; init; }

    /// <summary>Page URL at the time of the event.</summary>
    public string? Url { get; init; }

    /// <summary>Document (page) coordinates in CSS px.</summary>
    public double? X { get; init; }

    /// <inheritdoc cref="X"/>
    public double? Y { get; init; }

    /// <summary>Viewport coordinates in CSS px.</summary>
    public double? ViewportX { get; init; }

    /// <inheritdoc cref="ViewportX"/>
    public double? ViewportY { get; init; }

    /// <summary>Scroll offsets at the time of the event.</summary>
    public double? ScrollX { get; init; }

    /// <inheritdoc cref="ScrollX"/>
    public double? ScrollY { get; init; }

    /// <summary>Stable selector of the target element (id, data-testid, role+name, else a short CSS path).</summary>
    public string? Selector { get; init; }

    /// <summary>Lower-case tag name of the target.</summary>
    public string? Tag { get; init; }

    /// <summary>First 60 characters of the target's visible text.</summary>
    public string? Text { get; init; }

    /// <summary>Whether the target is interactive (link, button, form control, ARIA role, tabindex, cursor:pointer).</summary>
    public bool? Interactive { get; init; }

    /// <summary>Mouse button (0 primary) or the key name for <see cref="EventKind.Key"/> is in <see cref="Detail"/>.</summary>
    public int? Button { get; init; }

    /// <summary>Target bounding box in document coordinates.</summary>
    public double? BoxX { get; init; }

    /// <inheritdoc cref="BoxX"/>
    public double? BoxY { get; init; }

    /// <inheritdoc cref="BoxX"/>
    public double? BoxWidth { get; init; }

    /// <inheritdoc cref="BoxX"/>
    public double? BoxHeight { get; init; }

    /// <summary>Kind-specific number: value length, scroll depth, mutation count, HTTP status.</summary>
    public double? Value { get; init; }

    /// <summary>Kind-specific text: error message, navigation type, key name, dialog text, timing JSON.</summary>
    public string? Detail { get; init; }

    /// <summary>Viewport width when the event happened (heatmaps never mix layouts).</summary>
    public int? ViewportWidth { get; init; }

    /// <summary>What pressed, for clicks: a finger or a pen is stored in <see cref="Detail"/> ("touch", "pen"), a mouse as null.</summary>
    public PointerKind Pointer => IsClick ? PointerKinds.Parse(Detail) : PointerKind.Mouse;

    /// <summary>True for clicks, double clicks and context-menu clicks.</summary>
    public bool IsClick => Kind is EventKind.Click or EventKind.DblClick or EventKind.ContextMenu;
}
