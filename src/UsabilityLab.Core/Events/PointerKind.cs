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
