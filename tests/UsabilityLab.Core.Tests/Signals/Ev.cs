using UsabilityLab.Core.Events;

namespace UsabilityLab.Core.Tests.Signals;

/// <summary>Terse builders for hand-written event sequences.</summary>
internal static class Ev
{
    public const string Home = "http://shop.test/";
    public const string Shoes = "http://shop.test/shoes";
    public const string Cart = "http://shop.test/cart";

    public static RecordedEvent Click(double t, double x = 100, double y = 100, string url = Home, string selector = "#buy", bool interactive = true, long? attempt = null, long session = 1) =>
        new() { Kind = EventKind.Click, TimeMs = t, X = x, Y = y, Url = url, Selector = selector, Text = "Buy", Interactive = interactive, AttemptId = attempt, SessionId = session };

    public static RecordedEvent Nav(double t, string url, long? attempt = null, long session = 1) =>
        new() { Kind = EventKind.Navigation, TimeMs = t, Url = url, Detail = "load", AttemptId = attempt, SessionId = session };

    public static RecordedEvent Scroll(double t, double y, string url = Home, long? attempt = null, long session = 1) =>
        new() { Kind = EventKind.Scroll, TimeMs = t, ScrollY = y, Url = url, AttemptId = attempt, SessionId = session };

    public static RecordedEvent Focus(double t, string selector, string url = Home, long? attempt = null) =>
        new() { Kind = EventKind.Focus, TimeMs = t, Selector = selector, Url = url, AttemptId = attempt };

    public static RecordedEvent Of(EventKind kind, double t, string url = Home, long? attempt = null, long session = 1) =>
        new() { Kind = kind, TimeMs = t, Url = url, AttemptId = attempt, SessionId = session };

    public static RecordedEvent Move(double t, string url = Home, long? attempt = null, long session = 1) =>
        Of(EventKind.MouseMove, t, url, attempt, session);
}
