using UsabilityLab.Core.Events;

namespace UsabilityLab.Recording.Capture;

/// <summary>The event kind codes of recorder.js's wire format (its <c>KIND</c> table; the position is the code).</summary>
internal static class WireKinds
{
    private static readonly EventKind[] ByCode =
    [
        EventKind.Click, EventKind.DblClick, EventKind.ContextMenu, EventKind.MouseMove, EventKind.Scroll, EventKind.Navigation,
        EventKind.Focus, EventKind.Input, EventKind.Change, EventKind.Submit, EventKind.Key, EventKind.Resize,
        EventKind.Visibility, EventKind.Mutation, EventKind.Selection, EventKind.ValidationError, EventKind.PageTiming,
        EventKind.UiState,
    ];

    /// <summary>The kind for a code; false for codes this version does not know (newer script, older host).</summary>
    public static bool TryGet(int code, out EventKind kind)
    {
        var known = code >= 0 && code < ByCode.Length;
        kind = known ? ByCode[code] : default;
        return known;
    }
}
