using System.Diagnostics;
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
    private long _navigated = Stopwatch.GetTimestamp();

    /// <summary>Starts watching <paramref name="page"/>'s navigations (once per page; later calls do nothing).</summary>
    public static void Watch(IPage page) => Watched.GetValue(page, Start);

    /// <summary>Milliseconds since <paramref name="page"/>'s main frame last navigated (since watching began, before one); null when not watched.</summary>
    public static double? SinceNavigationMs(IPage page) =>
        Watched.TryGetValue(page, out var age) ? Stopwatch.GetElapsedTime(Interlocked.Read(ref age._navigated)).TotalMilliseconds : null;

    private static PageAge Start(IPage page)
    {
        var age = new PageAge();
        page.FrameNavigated += (_, frame) =>
        {
            if (frame == page.MainFrame)
            {
                Interlocked.Exchange(ref age._navigated, Stopwatch.GetTimestamp());
            }
        };
        return age;
    }
}
