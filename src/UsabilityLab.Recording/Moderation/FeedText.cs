using UsabilityLab.Core.Events;

namespace UsabilityLab.Recording.Moderation;

/// <summary>Turns recorded events into feed lines; the noisy kinds (moves, scrolls, mutations, timings) stay out.</summary>
internal static class FeedText
{
    public static FeedItem? For(RecordedEvent e)
    {
        (string Kind, string Text, string? Detail)? line = e.Kind switch
        {
            EventKind.Click or EventKind.DblClick or EventKind.ContextMenu =>
                ("click", $"{Verb(e.Kind)} {Element(e)}{(e.Interactive == false ? " (not clickable)" : "")}", e.Selector),
            EventKind.Navigation => ("nav", $"{(e.Detail is null or "load" ? "page" : e.Detail)} {Path(e.Url)}", e.Url),
            EventKind.Submit => ("input", $"submitted a form ({e.Selector ?? "form"})", e.Url),
            EventKind.Change => ("input", $"changed {Element(e)}", e.Selector),
            EventKind.Key => ("input", $"pressed {e.Detail} on {Element(e)}", e.Selector),
            EventKind.ValidationError => ("error", $"invalid field {Element(e)}", e.Detail),
            EventKind.PageError => ("error", "JavaScript error", e.Detail),
            EventKind.ConsoleError => ("error", "console error", e.Detail),
            EventKind.RequestFailed => ("error", "request failed", e.Detail),
            EventKind.HttpError => ("error", $"HTTP {e.Value:0}", e.Detail),
            EventKind.Dialog => ("warn", "dialog", e.Detail),
            EventKind.Popup => ("nav", "popup or new tab opened", e.Url),
            EventKind.Crash or EventKind.Disconnect => ("warn", "browser lost", e.Detail),
            _ => null,
        };
        return line is { } l ? new FeedItem(e.SessionId, e.TimeMs, l.Kind, l.Text, l.Detail) : null;
    }

    private static string Verb(EventKind kind) => kind switch
    {
        EventKind.DblClick => "double click",
        EventKind.ContextMenu => "right click",
        _ => "click",
    };

    /// <summary>"Help" (link), or the selector when the element has no text.</summary>
    private static string Element(RecordedEvent e) =>
        string.IsNullOrWhiteSpace(e.Text) ? e.Selector ?? e.Tag ?? "page" : $"\"{e.Text}\" ({e.Tag ?? "element"})";

    private static string Path(string? url) =>
        Uri.TryCreate(url, UriKind.Absolute, out var uri) ? uri.PathAndQuery : url ?? "";
}
