namespace UsabilityLab.Recording.Moderation.Remote;

/// <summary>
/// One input of a remote participant, checked (<see cref="ParticipantInputReader"/>): coordinates inside the viewport,
/// a key from the list, text within its cap. Only checked inputs reach the streamed browser.
/// </summary>
/// <param name="Kind">What the input does.</param>
public sealed record ParticipantInput(InputKind Kind)
{
    /// <summary>The CDP event type: <c>mousePressed</c>, <c>mouseReleased</c>, <c>mouseMoved</c>, <c>keyDown</c>, <c>keyUp</c>, <c>touchStart</c>, ….</summary>
    public string Type { get; init; } = "";

    /// <summary>Horizontal viewport position (mouse and wheel).</summary>
    public double X { get; init; }

    /// <summary>Vertical viewport position (mouse and wheel).</summary>
    public double Y { get; init; }

    /// <summary>The mouse button: <c>none</c>, <c>left</c>, <c>middle</c> or <c>right</c>.</summary>
    public string Button { get; init; } = "none";

    /// <summary>Buttons held, as a bit mask (1 left, 2 right, 4 middle).</summary>
    public int Buttons { get; init; }

    /// <summary>1 for a click, 2 for the second press of a double click, 3 for a triple click.</summary>
    public int ClickCount { get; init; }

    /// <summary>Modifier keys held: 1 Alt, 2 Ctrl, 4 Meta, 8 Shift (CDP's bits).</summary>
    public int Modifiers { get; init; }

    /// <summary>Wheel distance, horizontal.</summary>
    public double DeltaX { get; init; }

    /// <summary>Wheel distance, vertical.</summary>
    public double DeltaY { get; init; }

    /// <summary>The key's name (<see cref="InputKind.Key"/>), one of <see cref="RemoteKeys.Names"/>.</summary>
    public string? Key { get; init; }

    /// <summary>The text (<see cref="InputKind.Text"/>, <see cref="InputKind.Paste"/>).</summary>
    public string? Text { get; init; }

    /// <summary>The fingers down (<see cref="InputKind.Touch"/>; empty for an end or cancel).</summary>
    public IReadOnlyList<TouchPoint> Points { get; init; } = [];
}
