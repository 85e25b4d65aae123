namespace UsabilityLab.Core.Events;

/// <summary>What happened. Stored as a string so the database stays readable and stable across versions.</summary>
public enum EventKind
{
    /// <summary>Primary click, or a tap: <see cref="RecordedEvent.Detail"/> is <c>touch</c> for a tap (<see cref="RecordedEvent.Pointer"/>).</summary>
    Click,
    /// <summary>Double click.</summary>
    DblClick,
    /// <summary>Right click / context menu.</summary>
    ContextMenu,
    /// <summary>A full page load or an SPA history/hash change. <see cref="RecordedEvent.Detail"/> holds <c>load</c>, <c>push</c>, <c>replace</c>, <c>pop</c> or <c>hash</c>.</summary>
    Navigation,
    /// <summary>Throttled scroll; <see cref="RecordedEvent.ScrollY"/> is the offset, <see cref="RecordedEvent.Value"/> the max depth (px) reached on the page so far.</summary>
    Scroll,
    /// <summary>Sampled mouse position.</summary>
    MouseMove,
    /// <summary>An element received focus.</summary>
    Focus,
    /// <summary>Typing into a field; <see cref="RecordedEvent.Value"/> is the value length, never the value unless the study opts in.</summary>
    Input,
    /// <summary>A field's committed change.</summary>
    Change,
    /// <summary>A form submit.</summary>
    Submit,
    /// <summary>Enter, Escape or Tab.</summary>
    Key,
    /// <summary>Viewport resize.</summary>
    Resize,
    /// <summary>Page visibility change.</summary>
    Visibility,
    /// <summary>DOM mutation count since the previous mutation event (<see cref="RecordedEvent.Value"/>).</summary>
    Mutation,
    /// <summary>Text selection changed.</summary>
    Selection,
    /// <summary>A form field reported invalid (HTML validation or an <c>aria-invalid</c> message shown).</summary>
    ValidationError,
    /// <summary><c>console.error</c> output.</summary>
    ConsoleError,
    /// <summary>Uncaught exception in the page.</summary>
    PageError,
    /// <summary>A request that failed at the network level.</summary>
    RequestFailed,
    /// <summary>A response with HTTP status ≥ 400 (<see cref="RecordedEvent.Value"/>).</summary>
    HttpError,
    /// <summary>alert/confirm/prompt, and how the runner answered it.</summary>
    Dialog,
    /// <summary>A popup or new tab was opened.</summary>
    Popup,
    /// <summary>The page's renderer crashed.</summary>
    Crash,
    /// <summary>The browser disconnected.</summary>
    Disconnect,
    /// <summary>Load timing: <see cref="RecordedEvent.Detail"/> is JSON with ttfb, dcl, load, lcp, cls (ms / score).</summary>
    PageTiming,
    /// <summary>Events the page recorded that never reached the lab (<see cref="RecordedEvent.Value"/>: how many), and batches
    /// that did not decode (<see cref="RecordedEvent.Detail"/>): a broken or hostile page. Reported, never silent.</summary>
    EventsLost,
    /// <summary>The view a click of the top page lands in, when it is not the one of the previous click on the same
    /// document and route: <see cref="RecordedEvent.Detail"/> is the structural hash of what the page shows (rendered
    /// element paths and the order of their counts; text and styles left out). Heatmaps draw each click over a picture
    /// of its view (<see cref="Heatmaps.UiStates"/>).</summary>
    UiState,
}
