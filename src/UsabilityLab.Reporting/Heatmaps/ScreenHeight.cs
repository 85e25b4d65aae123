using UsabilityLab.Core.Studies;

namespace UsabilityLab.Reporting.Heatmaps;

/// <summary>How tall a participant's screen was, when events tell only its width.</summary>
public static class ScreenHeight
{
    /// <summary>Without a study viewport, a desktop browser's window (the browser configuration's default).</summary>
    public const int DefaultDesktop = 800;

    /// <summary>
    /// A phone's screen is about 2.16 times as tall as it is wide (390 × 844 CSS px): a viewport narrower than the
    /// study's, or than a desktop's, is taken to be a phone's.
    /// </summary>
    private const double PhoneAspect = 2.16;

    /// <summary>The screen height of a participant of <paramref name="study"/> whose viewport was <paramref name="width"/> wide.</summary>
    public static int For(Study? study, int width) => study?.Viewport switch
    {
        { } viewport when viewport.Width == width => viewport.Height,
        _ when width >= 700 => DefaultDesktop,
        _ => (int)(width * PhoneAspect),
    };
}
