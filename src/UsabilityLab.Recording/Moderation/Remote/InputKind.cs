namespace UsabilityLab.Recording.Moderation.Remote;

/// <summary>What a participant's input message does in the streamed browser.</summary>
public enum InputKind
{
    /// <summary>A mouse move, press or release (<c>Input.dispatchMouseEvent</c>).</summary>
    Mouse,

    /// <summary>A wheel turn at a point (<c>Input.dispatchMouseEvent</c> of type <c>mouseWheel</c>).</summary>
    Wheel,

    /// <summary>A named key going down or up (<c>Input.dispatchKeyEvent</c>), from a fixed list.</summary>
    Key,

    /// <summary>Typed or composed (IME) text (<c>Input.insertText</c>).</summary>
    Text,

    /// <summary>Pasted text (<c>Input.insertText</c>), capped shorter than a page's fields usually allow.</summary>
    Paste,

    /// <summary>A touch start, move, end or cancel (<c>Input.dispatchTouchEvent</c>).</summary>
    Touch,
}
