using UsabilityLab.Core.Events;

namespace UsabilityLab.Benchmarks.Support;

/// <summary>
/// Recorder-like events for one task attempt, deterministic from the RNG: the mix the demo runs produce (mostly mouse
/// moves, then clicks with their element, mutations, scrolls, focus and input, navigations) plus the patterns the
/// signal detectors look for (rage bursts on a dead element, a JavaScript error after a click, a quick back), so the
/// analysis does its full work.
/// </summary>
internal static class SyntheticEvents
{
    public static List<RecordedEvent> Attempt(Random random, long sessionId, long? attemptId, string origin, int task, double startMs, int count, out double endMs)
    {
        var events = new List<RecordedEvent>(count + 8);
        var t = startMs;
        var page = 0;
        var url = Url(origin, task, page);
        RecordedEvent Make(EventKind kind) => new() { SessionId = sessionId, AttemptId = attemptId, Kind = kind, TimeMs = t, Url = url, ViewportWidth = 1280 };
        events.Add(Make(EventKind.Navigation) with { Detail = "load" });
        var pattern = random.Next(10); // 0: rage burst, 1: error click, 2: quick back, else ordinary — half-way through
        var patternDue = pattern < 3;
        while (events.Count < count)
        {
            t += 150 + (random.NextDouble() * 1200);
            var x = 40 + (random.NextDouble() * 1200);
            var y = 60 + (random.NextDouble() * 2400);
            var roll = random.Next(100);
            var now = patternDue && events.Count >= count / 2;
            patternDue &= !now;
            if (now && pattern == 0)
            {
                for (var i = 0; i < 4; i++, t += 180)
                {
                    events.Add(Click(Make(EventKind.Click), x + i, y - i, "#hero-photo", "img", "", interactive: false));
                }
            }
            else if (now && pattern == 1)
            {
                events.Add(Click(Make(EventKind.Click), x, y, "#apply", "button", "Apply", interactive: true));
                t += 40;
                events.Add(Make(EventKind.PageError) with { Detail = "TypeError: Cannot read properties of undefined (reading 'WINTER20')" });
            }
            else if (now && pattern == 2)
            {
                url = Url(origin, task, 9);
                events.Add(Make(EventKind.Navigation) with { Detail = "load" });
                t += 1800;
                url = Url(origin, task, page);
                events.Add(Make(EventKind.Navigation) with { Detail = "pop" });
            }
            else if (roll < 45)
            {
                events.Add(Make(EventKind.MouseMove) with { X = x, Y = y, ViewportX = x, ViewportY = y % 800 });
            }
            else if (roll < 65)
            {
                events.Add(Click(Make(EventKind.Click), x, y, $"role=button[name=\"Option {random.Next(12)}\"]", "button", $"Option {random.Next(12)}", interactive: true));
                t += 30;
                events.Add(Make(EventKind.Mutation) with { Value = 1 + random.Next(20) });
            }
            else if (roll < 75)
            {
                events.Add(Make(EventKind.Scroll) with { ScrollX = 0, ScrollY = y, Value = y + 800 });
            }
            else if (roll < 85)
            {
                events.Add(Click(Make(EventKind.Focus), x, y, "#email", "input", "", interactive: true));
                t += 900;
                events.Add(Make(EventKind.Input) with { Selector = "#email", Tag = "input", Value = 5 + random.Next(20) });
            }
            else if (roll < 92)
            {
                events.Add(Click(Make(EventKind.Click), x, y, $"role=link[name=\"Next {task}\"]", "a", $"Next {task}", interactive: true));
                page = Math.Min(page + 1, 3);
                url = Url(origin, task, page);
                t += 120;
                events.Add(Make(EventKind.Navigation) with { Detail = "load" });
            }
            else
            {
                events.Add(Make(EventKind.PageTiming) with { Detail = "{\"ttfb\":12,\"dcl\":80,\"load\":140,\"lcp\":160,\"cls\":0.01}" });
            }
        }

        if (events.Count > count)
        {
            events.RemoveRange(count, events.Count - count); // exact sizes keep runs comparable
        }

        endMs = t + 500;
        return events;
    }

    /// <summary>A URL on the synthetic site: page 0–3 of a task's path, page 9 a wrong turn.</summary>
    public static string Url(string origin, int task, int page) => $"{origin}t{task}/{(page == 9 ? "wrong" : $"p{page}")}";

    private static RecordedEvent Click(RecordedEvent e, double x, double y, string selector, string tag, string text, bool interactive) => e with
    {
        X = x, Y = y, ViewportX = x, ViewportY = y % 800, ScrollX = 0, ScrollY = Math.Max(0, y - 400),
        Selector = selector, Tag = tag, Text = text.Length == 0 ? null : text, Interactive = interactive, Button = 0,
        BoxX = x - 20, BoxY = y - 10, BoxWidth = 120, BoxHeight = 36,
    };
}
