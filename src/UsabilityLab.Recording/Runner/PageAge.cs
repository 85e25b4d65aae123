using System.Runtime.CompilerServices;
using Microsoft.Playwright;

namespace UsabilityLab.Recording.Runner;

/// <summary>
/// How long ago a page's main frame last navigated, for the waits that give a page a time to load: a page the runner
/// has waited for already (a task's start page) has had its time, and is not waited for again.
/// </summary>
internal sealed class PageAge
{
    private static readonly ConditionalWeakTable<IPage, PageAge> Watched = new();
    private readonly TimeProvider _time;
    private long _navigated;

    private PageAge(TimeProvider time)
    {
        _time = time;
        _navigated = time.GetTimestamp();
    }

    /// <summary>
    /// Starts watching <paramref name="page"/>'s navigations on <paramref name="time"/> (the system's clock when null);
    /// once per page: later calls do nothing, the page keeps the clock it was first watched on.
    /// </summary>
    public static void Watch(IPage page, TimeProvider? time = null)
    {
        if (Watched.TryGetValue(page, out _))
        {
            return;
        }

        var age = new PageAge(time ?? TimeProvider.System);
        if (Watched.TryAdd(page, age))
        {
            page.FrameNavigated += (_, frame) =>
            {
                if (frame == page.MainFrame)
                {
                    Interlocked.Exchange(ref age._navigated, age._time.GetTimestamp());
                }
            };
        }
    }

    /// <summary>Milliseconds since <paramref name="page"/>'s main frame last navigated (since watching began, before one); null when not watched.</summary>
    public static double? SinceNavigationMs(IPage page) =>
        Watched.TryGetValue(page, out var age) ? age._time.GetElapsedTime(Interlocked.Read(ref age._navigated)).TotalMilliseconds : null;
}
